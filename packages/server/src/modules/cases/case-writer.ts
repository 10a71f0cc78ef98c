import {
  CASE_ACTIONS, nextCaseStatus, type Actor, type CaseAction, type CaseChannel, type CaseStatus,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { appendingStatement, auditActorOf, createAuditService, type AuditRecordInput } from '../audit/index.js';
import type { RequestContext } from '../identity/index.js';
import {
  casesRepository, type CaseAggregate, type CaseEventRow, type CaseRow, type CaseStepRow, type CaseWrites, type NewCaseRow,
} from './cases.repository.js';

/**
 * A use case's view of the database: the repository (reads go out at once; the case's writes are gathered in
 * `writes`), the time it runs at, and the audit entries of its staff actions. When the use case ends, its writes
 * and its first audit entry go to the database in one statement (flush).
 */
export interface CaseTx { db: Db; repo: CaseTxRepository; now: Date; writes: CaseWrites; audit: AuditRecordInput[] }

/** The repository of a use case: steps opened or changed are written with the rest of the case when it ends. */
function gatheringRepository(db: Db, writes: CaseWrites) {
  return {
    ...casesRepository(db),
    async insertSteps(rows: CaseStepRow[]): Promise<void> {
      writes.newSteps.push(...rows);
    },
    async updateStep(id: string, patch: Partial<CaseStepRow>): Promise<void> {
      const opened = writes.newSteps.findIndex((s) => s.id === id);
      if (opened >= 0) writes.newSteps[opened] = { ...writes.newSteps[opened]!, ...patch };
      else writes.stepChanges.set(id, { ...writes.stepChanges.get(id), ...patch });
    },
  };
}

export type CaseTxRepository = ReturnType<typeof gatheringRepository>;

async function run<T>(db: Db, clock: () => Date, work: (tx: CaseTx) => Promise<T>): Promise<T> {
  const writes: CaseWrites = { case: null, events: [], newSteps: [], stepChanges: new Map(), messages: [] };
  const tx: CaseTx = { db, repo: gatheringRepository(db, writes), now: clock(), writes, audit: [] };
  const result = await work(tx);
  await flush(tx);
  return result;
}

/** The case's writes and the first audit entry in one statement; further entries (rare) one statement each. */
async function flush(tx: CaseTx): Promise<void> {
  const [first] = tx.audit;
  const { written, audited } = await tx.repo.writeCase(tx.writes, first ? appendingStatement(tx.db, first, tx.now) : null);
  if (!written) {
    throw new AppError('CASE_CONFLICT', tx.writes.case && 'insert' in tx.writes.case ? '同一申请正在处理，请刷新后查看' : undefined);
  }
  // An entry whose seq another writer took first is appended again, after it.
  const log = createAuditService({ db: tx.db, clock: () => tx.now });
  for (const entry of audited ? tx.audit.slice(1) : tx.audit) await log.record(entry);
}

/** Runs a use case in one transaction: what it locks stays locked until its writes are committed. */
export function caseTransaction(db: Db, clock: () => Date) {
  return <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> => db.transaction((raw) => run(raw as unknown as Db, clock, work));
}

/**
 * Runs a use case that locks nothing (a new case) without a transaction around it: its writes are one statement,
 * atomic by itself. What it writes on its own before (the day's case number) stays taken if that statement fails.
 */
export function caseStatement(db: Db, clock: () => Date) {
  return <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> => run(db, clock, work);
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
 * Appends one transition to the case: checks it against the transition table, then gathers the new projection
 * (written only if nobody appended since the case was read, else CASE_CONFLICT), the event with the next sequence
 * number and the applicant's message. The aggregate in hand is brought up to date, so that the use case answers
 * without reading it again.
 */
export async function transition(tx: CaseTx, agg: CaseAggregate, action: CaseAction, input: EventInput, opts: TransitionOptions = {}): Promise<CaseRow> {
  const s = move(tx, agg.row, action, input, opts);
  change(tx, agg.row, s.change);
  tx.writes.events.push(s.event);
  if (s.message) tx.writes.messages.push(s.message);
  return applied(tx, agg, s, input);
}

/** Changes the case without an event (a draft's or a correction's form and materials), in hand and in `writes`. */
export function edit(tx: CaseTx, agg: CaseAggregate, patch: Partial<NewCaseRow>): void {
  change(tx, agg.row, patch);
  agg.row = { ...agg.row, ...patch } as CaseRow;
}

function change(tx: CaseTx, row: CaseRow, patch: Partial<NewCaseRow>): void {
  const w = tx.writes;
  // A case made by this use case is inserted as it leaves it.
  if (w.case && 'insert' in w.case) w.case.insert = { ...w.case.insert, ...patch } as CaseRow;
  else w.case = { id: row.id, expectedVersion: w.case?.expectedVersion ?? row.version, change: { ...w.case?.change, ...patch } };
}

/**
 * A new case (a draft); with a first action (submission, filing at the window) it is inserted as that action leaves
 * it, with the action's event. Its creator having used the idempotency key already fails the use case (CASE_CONFLICT).
 */
export async function insertCase(tx: CaseTx, agg: CaseAggregate, first?: { action: CaseAction; input: EventInput; opts?: TransitionOptions }): Promise<void> {
  tx.writes.case = { insert: agg.row };
  if (first) await transition(tx, agg, first.action, first.input, first.opts);
}
