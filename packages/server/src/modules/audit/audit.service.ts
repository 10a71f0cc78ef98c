import {
  AUDIT_PROBLEMS, type AuditAnchor, type AuditEntryView, type AuditQuery, type AuditSearchResult, type AuditVerifyResult,
} from '@yiwang/contracts';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { checkEntry, type ChainFault, type ChainHead } from './audit-chain.js';
import { draftEntry, maskPersonalText, type AuditRecordInput } from './audit-entry.js';
import { presentEntry } from './audit.presenter.js';
import { appendParts, AUDIT_COUNT_CAP, auditRepository, type AuditFilter } from './audit.repository.js';

export interface AuditDeps {
  /** A database, or a transaction: then the entry commits (or rolls back) with the caller's writes. */
  db: Db;
  clock?: () => Date;
  /** Entries read per query while verifying. */
  verifyBatchSize?: number;
}

function verdict(checked: number, head: ChainHead | null, fault: ChainFault | null): AuditVerifyResult {
  if (!fault) return { ok: true, checked, head, message: `审计日志完整：共校验 ${checked} 条记录，哈希链无误` };
  const message = `审计日志校验未通过：序号 ${fault.seq} 处${AUDIT_PROBLEMS.label(fault.problem)}`;
  return { ok: false, checked, firstBadSeq: fault.seq, problem: fault.problem, head, message };
}

/** 审计日志: append-only, each entry chained to the one before by its hash. */
/**
 * An entry to append inside the caller's own statement: the parts to put in its WITH (appendParts), the part named
 * `name` giving the entry appended. At most one entry per statement: every append moves the chain's one head row.
 */
export function appendingParts(input: AuditRecordInput, at: Date, name: string): [string, SQL][] {
  return appendParts(draftEntry(input, at), name);
}

export function createAuditService({ db, clock = () => new Date(), verifyBatchSize = 1000 }: AuditDeps) {
  const repo = auditRepository(db);

  return {
    /** Appends one entry as the next link of the chain (appendParts: writers take turns, the chain never forks). */
    async record(input: AuditRecordInput): Promise<AuditEntryView> {
      return presentEntry(await repo.append(draftEntry(input, clock())));
    },

    /**
     * Walks the whole chain in seq order, batch by batch, and reports the first entry that was altered, put in
     * or taken out. An anchor (a head noted down earlier, elsewhere) also catches a cut-off tail or a rewrite.
     */
    async verify(opts: { anchor?: AuditAnchor } = {}): Promise<AuditVerifyResult> {
      const { anchor } = opts;
      let prev: ChainHead | null = null;
      let checked = 0;
      for (;;) {
        const rows = await repo.listAfter(prev?.seq ?? null, verifyBatchSize);
        for (const row of rows) {
          checked += 1;
          const fault = checkEntry(prev, row);
          if (fault) return verdict(checked, prev, fault);
          if (anchor && row.seq === anchor.seq && row.hash !== anchor.hash) {
            return verdict(checked, prev, { seq: anchor.seq, problem: 'altered' });
          }
          prev = { seq: row.seq, hash: row.hash };
        }
        if (rows.length < verifyBatchSize) break;
      }
      if (anchor && (prev?.seq ?? 0) < anchor.seq) return verdict(checked, prev, { seq: (prev?.seq ?? 0) + 1, problem: 'deleted' });
      return verdict(checked, prev, null);
    },

    /** Searches the log, newest first. ID and phone numbers in the query are masked as they were when written. */
    async search(q: AuditQuery): Promise<AuditSearchResult> {
      const filter: AuditFilter = {
        actorId: q.actorId && maskPersonalText(q.actorId),
        action: q.action,
        resourceType: q.resourceType,
        resourceId: q.resourceId && maskPersonalText(q.resourceId),
        outcome: q.outcome,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      };
      const { rows, total } = await repo.search(filter, (q.page - 1) * q.pageSize, q.pageSize);
      return {
        total: Math.min(total, AUDIT_COUNT_CAP),
        totalCapped: total > AUDIT_COUNT_CAP,
        page: q.page,
        pageSize: q.pageSize,
        entries: rows.map(presentEntry),
      };
    },

    /** The last entry: note it down elsewhere (a printout, another system) to anchor a later verification. */
    async head(): Promise<ChainHead | null> {
      return repo.findHead();
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
