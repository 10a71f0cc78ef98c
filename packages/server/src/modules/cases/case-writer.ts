import {
  CASE_ACTIONS, nextCaseStatus, type Actor, type CaseAction, type CaseChannel, type CaseStatus,
} from '@yiwang/contracts';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { appendingParts, auditActorOf, createAuditService, type AuditRecordInput } from '../audit/index.js';
import type { RequestContext } from '../identity/index.js';
import { nextSerial } from './case-numbers.js';
import {
  casesRepository, type CaseAggregate, type CaseEventRow, type CaseRow, type CaseStepRow, type CaseWrites, type NewCaseRow,
} from './cases.repository.js';

/**
 * A use case's view of the database: the repository (reads go out at once; the case's writes are gathered in
 * `writes`), the time it runs at, and the audit entries of its staff actions. When the use case ends, its writes
 * and its first audit entry go to the database in one statement (flush).
 */
export interface CaseTx {
  db: Db;
  repo: CaseTxRepository;
  now: Date;
  writes: CaseWrites;
  audit: AuditRecordInput[];
}

type Mode = 'locked' | 'unlocked' | 'optimistic';

/** The repository of a use case: a case is read locked in a transaction; steps are written with the rest at its end. */
function gatheringRepository(db: Db, writes: CaseWrites, mode: Mode) {
  const repo = casesRepository(db);
  return {
    ...repo,
    loadCase: (id: string) => repo.loadCase(id, { lock: mode === 'locked' }),
    /** The day's next serial of a region: alone in a transaction, else from a block (nextSerial). */
    nextSerial: (regionCode: string, day: string) => (mode === 'locked' ? repo.takeNumbers(regionCode, day) : nextSerial(db, regionCode, day)),
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

/** Thrown by an optimistic attempt that gathered more than its one statement holds: run it again in a transaction. */
const NEEDS_TRANSACTION = Symbol('needs a transaction');
/** Thrown by an optimistic attempt whose case somebody else wrote since it was read: run it again. */
class StaleCase extends Error {}

async function run<T>(db: Db, clock: () => Date, mode: Mode, work: (tx: CaseTx) => Promise<T>): Promise<T> {
  const writes: CaseWrites = { case: null, events: [], newSteps: [], stepChanges: new Map(), messages: [], parts: [] };
  const tx: CaseTx = { db, repo: gatheringRepository(db, writes, mode), now: clock(), writes, audit: [] };
  const result = await work(tx);
  // Optimistically, the one statement must hold everything, and its event is what keeps two writers apart.
  if (mode === 'optimistic' && (tx.audit.length > 1 || writes.events.length === 0)) throw NEEDS_TRANSACTION;
  await flush(tx, mode);
  return result;
}

/** The case's writes and the first audit entry in one statement; further entries (rare) one statement each. */
async function flush(tx: CaseTx, mode: Mode): Promise<void> {
  const [first, ...more] = tx.audit;
  const written = await tx.repo.writeCase(tx.writes, first ? appendingParts(first, tx.now, 'a') : []);
  if (!written) {
    if (mode === 'optimistic') throw new StaleCase();
    throw new AppError('CASE_CONFLICT', tx.writes.case && 'insert' in tx.writes.case ? '同一申请正在处理，请刷新后查看' : undefined);
  }
  const log = createAuditService({ db: tx.db, clock: () => tx.now });
  for (const entry of more) await log.record(entry);
}

/** Runs a use case in one transaction: what it locks stays locked until its writes are committed. */
export function caseTransaction(db: Db, clock: () => Date) {
  return <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> => db.transaction((raw) => run(raw as unknown as Db, clock, 'locked', work));
}

/**
 * Runs a use case that locks nothing (a new case) without a transaction around it: its writes are one statement,
 * atomic by itself. What it writes on its own before (the day's case number) stays taken if that statement fails.
 */
export function caseStatement(db: Db, clock: () => Date) {
  return <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> => run(db, clock, 'unlocked', work);
}

/** Attempts of an optimistic use case before it gives up (CASE_CONFLICT): each one lost a race to another writer. */
const ATTEMPTS = 5;

/**
 * Runs a staff action on one case without a lock or a transaction: the case is read as it is, and what the action
 * changed goes out in one statement — written only if the case is still at the version read (its next event's
 * sequence number is free), else the action runs again on the case as the other writer left it. Two actions at
 * once end as they would taking turns on a lock (the second sees the first's work), in two round trips instead of
 * four. An action that gathered more than that statement holds (a second audit entry, no event) runs again in
 * caseTransaction.
 */
export function caseAttempts(db: Db, clock: () => Date) {
  return async <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await run(db, clock, 'optimistic', work);
      } catch (error) {
        if (error === NEEDS_TRANSACTION) return caseTransaction(db, clock)(work);
        if (!(error instanceof StaleCase)) throw error;
        if (attempt === ATTEMPTS) throw new AppError('CASE_CONFLICT');
      }
    }
  };
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
 * A new case (a draft) of an item; with a first action (submission, filing at the window) it is inserted as that
 * action leaves it, with the action's event. Its creator having used the idempotency key already fails the use case
 * (CASE_CONFLICT); the item no longer published as `item` was read fails its statement (GuardFailed).
 */
export async function insertCase(
  tx: CaseTx, agg: CaseAggregate, item: { unchanged: SQL }, first?: { action: CaseAction; input: EventInput; opts?: TransitionOptions },
): Promise<void> {
  tx.writes.case = { insert: agg.row };
  tx.writes.parts.push(['item', item.unchanged]);
  if (first) await transition(tx, agg, first.action, first.input, first.opts);
}
