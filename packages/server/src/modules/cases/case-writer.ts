import {
  CASE_ACTIONS, nextCaseStatus, type Actor, type CaseAction, type CaseChannel, type CaseStatus,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { auditActorOf, createAuditService, type AuditRecordInput } from '../audit/index.js';
import type { RequestContext } from '../identity/index.js';
import { casesRepository, type CaseAggregate, type CaseEventRow, type CaseRow, type CasesRepository, type NewCaseRow } from './cases.repository.js';

/**
 * A use case's view of the database: repositories bound to its transaction, the time it runs at, and the audit
 * entries of its staff actions, appended to the audit chain at the end of the same transaction.
 */
export interface CaseTx { db: Db; repo: CasesRepository; now: Date; audit: AuditRecordInput[] }

export function caseTransaction(db: Db, clock: () => Date) {
  return <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> =>
    db.transaction(async (raw) => {
      const exec = raw as unknown as Db;
      const tx: CaseTx = { db: exec, repo: casesRepository(exec), now: clock(), audit: [] };
      const result = await work(tx);
      // Last, so that the chain's lock is held only for the moment before commit.
      if (tx.audit.length) {
        const audit = createAuditService({ db: exec, clock: () => tx.now, inTransaction: true });
        for (const entry of tx.audit) await audit.record(entry);
      }
      return result;
    });
}

/** What an event says beyond its action: who, where, and what they decided. */
export interface EventInput {
  actor: Actor;
  role: string | null;
  channel?: CaseChannel | null;
  place?: string | null;
  opinion?: string | null;
  stepId?: string | null;
  data?: Record<string, unknown>;
  /** Staff actions: where the request came from (they are also written to the audit log). */
  origin?: RequestContext;
}

/** The name written on an event: a person acting for an enterprise is named with it. */
export const actorLabel = (actor: Actor) => (actor.agent ? `${actor.agent.name}（代 ${actor.name}）` : actor.name);

interface TransitionOptions {
  patch?: Partial<NewCaseRow>;
  allStepsApproved?: boolean;
  /** 站内消息 to the applicant (when the case belongs to an account), from the case as the action leaves it. */
  tell?: (after: CaseRow) => { title: string; body: string };
}

/** The row as the action leaves it, the event that records it and the message that tells the applicant. */
function move(tx: CaseTx, row: CaseRow, action: CaseAction, input: EventInput, opts: TransitionOptions) {
  const to = nextCaseStatus(row.status as CaseStatus, action, opts.allStepsApproved);
  if (!to) {
    throw new AppError('CASE_TRANSITION_NOT_ALLOWED', `办件当前状态不允许"${CASE_ACTIONS.label(action)}"`);
  }
  const change = { ...opts.patch, status: to, version: row.version + 1, updatedAt: tx.now };
  const event: CaseEventRow = {
    caseId: row.id, seq: row.version + 1, action, stepId: input.stepId ?? null, actorId: input.actor.agent?.id ?? input.actor.id,
    actorName: actorLabel(input.actor), role: input.role, at: tx.now, channel: input.channel ?? null, place: input.place ?? null,
    opinion: input.opinion ?? null, attachments: [], data: input.data ?? {},
  };
  const after = { ...row, ...change } as CaseRow;
  const told = opts.tell && after.applicantAccountId ? opts.tell(after) : null;
  const message = told ? { accountId: after.applicantAccountId!, caseId: row.id, title: told.title, body: told.body, createdAt: tx.now } : null;
  return { change, event, after, message };
}

/** Brings the aggregate in hand up to date, and notes a staff action for the audit log. */
function applied(tx: CaseTx, agg: CaseAggregate, s: ReturnType<typeof move>, input: EventInput): CaseRow {
  agg.row = s.after;
  agg.events.push(s.event);
  if (input.actor.kind === 'staff' || input.actor.kind === 'partner') {
    tx.audit.push({
      actor: auditActorOf(input.actor, (input.role ?? undefined) as never), action: `case:${s.event.action}`,
      resource: { type: 'case', id: s.after.id }, outcome: 'succeeded', ip: input.origin?.ip ?? null,
      detail: { number: s.after.number, ...(input.stepId ? { stepId: input.stepId } : {}) },
    });
  }
  return s.after;
}

/**
 * Appends one transition to the case: checks it against the transition table, then in one statement writes the
 * new projection only if nobody appended since the case was read (else CASE_CONFLICT), the event with the next
 * sequence number, and the applicant's message. The aggregate in hand is brought up to date, so that the use
 * case answers without reading it again.
 */
export async function transition(tx: CaseTx, agg: CaseAggregate, action: CaseAction, input: EventInput, opts: TransitionOptions = {}): Promise<CaseRow> {
  const s = move(tx, agg.row, action, input, opts);
  const recorded = await tx.repo.recordTransition({ caseId: agg.row.id, expectedVersion: agg.row.version, change: s.change, event: s.event, message: s.message });
  if (!recorded) throw new AppError('CASE_CONFLICT');
  return applied(tx, agg, s, input);
}

/**
 * Inserts a new case (a draft); with a first action (submission, filing at the window) it is inserted as that
 * action leaves it, and the action's event appended. False: its creator already used the idempotency key.
 */
export async function insertCase(
  tx: CaseTx, agg: CaseAggregate, first?: { action: CaseAction; input: EventInput; opts?: TransitionOptions },
): Promise<boolean> {
  if (!first) return tx.repo.insertCase(agg.row);
  const s = move(tx, agg.row, first.action, first.input, first.opts ?? {});
  if (!(await tx.repo.insertCase(s.after))) return false;
  await tx.repo.appendEvent(s.event, s.message);
  applied(tx, agg, s, first.input);
  return true;
}
