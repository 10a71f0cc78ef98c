import {
  CASE_ACTIONS, nextCaseStatus, type Actor, type CaseAction, type CaseChannel, type CaseStatus,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { casesRepository, type CaseRow, type CasesRepository, type NewCaseRow } from './cases.repository.js';

/** A use case's view of the database: repositories bound to its transaction, and the time it runs at. */
export interface CaseTx { db: Db; repo: CasesRepository; now: Date }

export function caseTransaction(db: Db, clock: () => Date) {
  return <T>(work: (tx: CaseTx) => Promise<T>): Promise<T> =>
    db.transaction(async (raw) => {
      const exec = raw as unknown as Db;
      return work({ db: exec, repo: casesRepository(exec), now: clock() });
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
}

/** The name written on an event: a person acting for an enterprise is named with it. */
export const actorLabel = (actor: Actor) => (actor.agent ? `${actor.agent.name}（代 ${actor.name}）` : actor.name);

/**
 * Appends one transition: checks it against the transition table, writes the new projection only if nobody else
 * appended since the case was read (else CASE_CONFLICT), and appends the event with the next sequence number.
 */
export async function transition(
  tx: CaseTx, row: CaseRow, action: CaseAction, input: EventInput,
  opts: { patch?: Partial<NewCaseRow>; allStepsApproved?: boolean } = {},
): Promise<CaseRow> {
  const to = nextCaseStatus(row.status as CaseStatus, action, opts.allStepsApproved);
  if (!to) {
    throw new AppError('CASE_TRANSITION_NOT_ALLOWED', `办件当前状态不允许"${CASE_ACTIONS.label(action)}"`);
  }
  const updated = await tx.repo.updateCase(row.id, row.version, { ...opts.patch, status: to });
  if (!updated) throw new AppError('CASE_CONFLICT');
  await tx.repo.appendEvent({
    caseId: row.id, seq: row.version + 1, action, stepId: input.stepId ?? null, actorId: input.actor.agent?.id ?? input.actor.id,
    actorName: actorLabel(input.actor), role: input.role, at: tx.now, channel: input.channel ?? null, place: input.place ?? null,
    opinion: input.opinion ?? null, data: input.data ?? {},
  });
  return updated;
}

/** 站内消息 to the applicant (when the case belongs to an account). */
export async function tellApplicant(tx: CaseTx, row: CaseRow, title: string, body: string): Promise<void> {
  if (!row.applicantAccountId) return;
  await tx.repo.insertMessage({ accountId: row.applicantAccountId, caseId: row.id, title, body, createdAt: tx.now });
}
