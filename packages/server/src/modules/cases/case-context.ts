import { randomUUID } from 'node:crypto';
import {
  chinaDate, DEFAULT_DEADLINE_THRESHOLDS, type Actor, type CaseCertificateView, type CaseView, type DeadlineThresholds, type MaterialSubmission, type ItemDetail, type ItemSummary, type ReviewStageDef,
} from '@yiwang/contracts';
import type { SQL } from 'drizzle-orm';
import { GuardFailed, type Db } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import type { FileStore } from '../../platform/files/index.js';
import type { CalendarService } from '../calendar/index.js';
import { pickCounterpart, type RegionsService } from '../regions/index.js';
import { assertCanRead, partyOf } from './case-access.js';
import { presentCase, presentSummary } from './case.presenter.js';
import { caseAttempts, caseTransaction, type CaseTx } from './case-writer.js';
import { byStageAndName, casesRepository, type CaseAggregate, type CaseRow, type CaseStepRow } from './cases.repository.js';
import { deadlines } from './deadlines.js';

/**
 * What a case snapshots of its item, the row version it was read at, and `unchanged`: the part of the new case's
 * statement that fails it (GuardFailed) unless the item is still published as it was read.
 */
export type PublishedItem = ItemSummary & { content: ItemDetail['content']; rowVersion: number; unchanged: SQL };

/** Reads of an item for one new case: from memory, then afresh (twice, should it change again meanwhile). */
const ITEM_ATTEMPTS = 3;

/** A case approved in full, as the certificate it yields needs it. */
export interface DecidedCase {
  id: string;
  number: string | null;
  itemName: string;
  /** 结果证照类型 (by name) */
  certificateType: string;
  holder: { kind: 'citizen' | 'enterprise'; name: string; code: string; accountId: string | null };
  issuer: { departmentId: string; name: string; uscc: string; regionCode: string };
  formValues: Record<string, unknown>;
}

/** A certificate made for a decided case: what the decision records of it, and its insert (a part of the case's statement). */
export interface IssuedForCase {
  identifier: string;
  typeName: string;
  insert: SQL;
}

/** An e-certificate presented for a material, as the certificates module finds it now. */
export interface PresentedCertificate {
  holderAccountId: string | null;
  /** The holder's ID number or USCC, unmasked: compared with the applicant's own. */
  holderCode: string;
  view: CaseCertificateView;
}

/** 证照复用 for one case: the certificates used instead of its materials, for their use log (用证记录). */
export interface CaseReuse {
  caseId: string;
  caseNumber: string | null;
  itemName: string;
  departmentName: string;
  applicant: { kind: string; id: string | null; name: string };
  at: Date;
  certificates: { certificateId: string; materialName: string }[];
}

/** 减证便民 (the certificates module): the certificates applicants present, checked; and their use, logged. */
export interface CertificateReusePort {
  /** The certificates by id, their signatures and status checked now; an id not found is absent. `db`: the transaction's. */
  find(ids: string[], db?: Db): Promise<Map<string, PresentedCertificate>>;
  /** Logs each certificate's reuse for the case once, in the use case's transaction (`db`). */
  record(db: Db, reuse: CaseReuse): Promise<void>;
}

export interface ApplicantAccount { id: string; name: string; idNumber: string | null; uscc: string | null; phone: string | null }

export interface CasesDeps {
  db: Db;
  /**
   * An item that takes applications: its summary and published content (the catalog module), as last read unless
   * `fresh`.
   */
  publishedItem: (id: string, opts?: { fresh?: boolean }) => Promise<PublishedItem>;
  regionsFor: (db: Db) => RegionsService;
  /** The identity module's accounts: who an applicant is, and the account of a walk-in applicant if they have one. */
  accounts: {
    byId(id: string): Promise<ApplicantAccount | null>;
    findHolder(kind: 'citizen' | 'enterprise', code: string): Promise<ApplicantAccount | null>;
  };
  calendar: CalendarService;
  files: FileStore;
  /**
   * 证照签发 (the certificates module): makes and signs the certificates a decided case yields, which the
   * decision's statement inserts (nothing when its type is not in the certificate catalogue).
   */
  issueCertificates?: (db: Db, decided: DecidedCase) => Promise<IssuedForCase[]>;
  /** 证照复用: without it, no material can be provided by an e-certificate. */
  certificateReuse?: CertificateReusePort;
  clock?: () => Date;
  thresholds?: DeadlineThresholds;
}

/** What every case use case shares: the transaction runner, the reader, and the deadline computation. */
export function caseContext(deps: CasesDeps) {
  const clock = deps.clock ?? (() => new Date());
  const thresholds = deps.thresholds ?? DEFAULT_DEADLINE_THRESHOLDS;
  const repo = casesRepository(deps.db);

  async function deadlineOf(row: CaseRow, known?: CaseStepRow[]) {
    const steps = known ?? (row.acceptedOn ? await repo.listSteps(row.id) : []);
    return deadlines(await deps.calendar.calendar(), row, steps, chinaDate(clock()), thresholds);
  }

  /** Deadlines of many cases: their steps read in one query, the calendar once. */
  async function deadlinesOf(rows: CaseRow[]) {
    const steps = await repo.listStepsOf(rows.filter((r) => r.acceptedOn).map((r) => r.id));
    const byCase = new Map<string, CaseStepRow[]>();
    for (const s of steps) byCase.set(s.caseId, [...(byCase.get(s.caseId) ?? []), s]);
    const cal = await deps.calendar.calendar();
    const asOf = chinaDate(clock());
    return rows.map((row) => ({ row, steps: byCase.get(row.id) ?? [], ...deadlines(cal, row, byCase.get(row.id) ?? [], asOf, thresholds) }));
  }

  /** The aggregate as the actor sees it, with its deadlines (the actor's right to read it is checked before). */
  async function present(actor: Actor, agg: CaseAggregate): Promise<CaseView> {
    const d = await deadlineOf(agg.row, agg.steps);
    const presented = (agg.row.materials as MaterialSubmission[]).flatMap((m) => (m.mode === 'certificate' && m.certificateId ? [m.certificateId] : []));
    const certificates = presented.length && deps.certificateReuse ? await deps.certificateReuse.find(presented) : new Map<string, PresentedCertificate>();
    return presentCase({
      ...agg, party: partyOf(actor, agg.row, agg.steps), caseDeadline: d.caseDeadline, stepDeadlines: d.byStep,
      certificates: new Map([...certificates].map(([id, c]) => [id, c.view])),
    });
  }

  /**
   * Runs a use case that makes a case of an item, on the item as the catalog last read it. When that is no longer
   * how the item stands, it runs again on the item read afresh: when the case's statement failed its guard (nothing
   * was written), and when a check refused the application against the item as memory held it (a form since
   * changed, say) — refused again only if the item still stands so. Not published: ITEM_NOT_FOUND.
   */
  async function onPublishedItem<T>(id: string, work: (item: PublishedItem) => Promise<T>): Promise<T> {
    const read = (fresh: boolean) => deps.publishedItem(id, { fresh }).catch(() => {
      throw new AppError('ITEM_NOT_FOUND', '该事项不存在或已暂停办理，暂不能申报', { field: 'itemId' });
    });
    let item = await read(false);
    let fromMemory = true;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work(item);
      } catch (error) {
        const guarded = error instanceof GuardFailed;
        const refused = !guarded && fromMemory && error instanceof AppError;
        if (!guarded && !refused) throw error;
        // Changed again between each fresh read and the write: the applicant tries again.
        if (attempt === ITEM_ATTEMPTS) throw new AppError('CASE_CONFLICT', '事项信息刚刚更新，请重新提交', { field: 'itemId' });
        const fresh = await read(true);
        if (refused && fresh.rowVersion === item.rowVersion) throw error;
        item = fresh;
        fromMemory = false;
      }
    }
  }

  return {
    deps,
    clock,
    onPublishedItem,
    repo,
    inTx: caseTransaction(deps.db, clock),
    /** A staff action on one case: optimistic, run again when it lost a race (caseAttempts). */
    onCase: caseAttempts(deps.db, clock),
    deadlineOf,
    deadlinesOf,

    /** A page of case summaries with their deadlines. */
    async summaries(rows: CaseRow[]) {
      return (await deadlinesOf(rows)).map((d) => presentSummary(d.row, d.caseDeadline));
    },

    /** The case as the actor may see it (CASE_NOT_FOUND for someone else's, FORBIDDEN for staff out of reach). */
    async view(actor: Actor, id: string): Promise<CaseView> {
      const agg = orFail(await repo.loadCase(id), 'CASE_NOT_FOUND');
      assertCanRead(actor, agg.row, agg.steps);
      return present(actor, agg);
    },

    present,

    /** Opens the steps of a stage of the item's review flow, each in its department; false when there is none. */
    async openStage(tx: CaseTx, agg: CaseAggregate, stage: number): Promise<boolean> {
      const { row } = agg;
      const def = (row.reviewFlow as ReviewStageDef[])[stage];
      if (!def) return false;
      const rows: CaseStepRow[] = [];
      for (const step of def.steps) {
        // Each step in its sector's department of the case's region (read with the case), else the case's own.
        const dept = step.sector ? pickCounterpart(agg.counterparts, step.sector) : null;
        rows.push({
          id: randomUUID(), caseId: row.id, stage, stageName: def.name, name: step.name, departmentId: dept?.id ?? row.departmentId,
          departmentName: dept?.name ?? row.departmentName, role: step.role, status: 'active', startedAt: tx.now, startedOn: chinaDate(tx.now),
          decidedAt: null, opinion: null, pauses: [], extensions: [],
        });
      }
      await tx.repo.insertSteps(rows);
      agg.steps = [...agg.steps, ...rows].sort(byStageAndName);
      return true;
    },

    /** 用证记录: the certificates a submission presents instead of materials, logged in its transaction. */
    async logReuse(tx: CaseTx, by: CaseReuse['applicant'], row: CaseRow, reused: CaseReuse['certificates']): Promise<void> {
      if (reused.length === 0 || !deps.certificateReuse) return;
      await deps.certificateReuse.record(tx.db, {
        caseId: row.id, caseNumber: row.number, itemName: row.itemName, departmentName: row.departmentName, applicant: by, at: tx.now, certificates: reused,
      });
    },

    /** Changes a step, in the database and in the aggregate in hand. */
    async updateStep(tx: CaseTx, agg: CaseAggregate, stepId: string, patch: Partial<CaseStepRow>): Promise<void> {
      await tx.repo.updateStep(stepId, patch);
      agg.steps = agg.steps.map((s) => (s.id === stepId ? { ...s, ...patch } : s));
    },

    /** Refuses when the case is not in a state that the table allows, before any work is done. */
    requireStatus(row: CaseRow, statuses: readonly string[], message: string): void {
      if (!statuses.includes(row.status)) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', message);
    },
  };
}

export type CaseContext = ReturnType<typeof caseContext>;
