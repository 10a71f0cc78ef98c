import type { Actor, CaseParty } from '@yiwang/contracts';
import { can } from '../identity/index.js';
import { AppError } from '../../platform/http/index.js';
import type { CaseRow, CaseStepRow } from './cases.repository.js';

/** Whether the actor is the case's applicant (a person, an enterprise, or its agent acting for it). */
export const isApplicant = (actor: Actor, row: CaseRow) =>
  (actor.kind === 'citizen' || actor.kind === 'enterprise') && row.applicantAccountId === actor.id;

/** Window staff of a hall whose region holds the case's region. */
export const isWindowFor = (actor: Actor, row: CaseRow) => can(actor, 'case:accept', { regionCode: row.regionCode }).allowed;

/** The active steps the actor may decide: their department, and the role the step asks for. */
export function decidableSteps(actor: Actor, steps: CaseStepRow[]): CaseStepRow[] {
  return steps.filter((s) => s.status === 'active' && actor.departmentIds.includes(s.departmentId)
    && can(actor, s.role === 'dept-approver' ? 'case:approve' : 'case:review', { regionCode: null, departmentId: s.departmentId }).allowed);
}

/** Which party the actor is to this case, for the actions it may see; null: none. */
export function partyOf(actor: Actor, row: CaseRow, steps: CaseStepRow[]): CaseParty | null {
  if (isApplicant(actor, row)) return 'applicant';
  if (decidableSteps(actor, steps).length > 0) return 'reviewer';
  if (isWindowFor(actor, row)) return 'window';
  return null;
}

/**
 * May the actor read the case? The applicant; staff with `case:read` in the case's region (window, supervision);
 * reviewers of a department that has a step in it.
 */
export function assertCanRead(actor: Actor, row: CaseRow, steps: CaseStepRow[]): void {
  if (isApplicant(actor, row)) return;
  if (actor.kind === 'staff' || actor.kind === 'partner') {
    if (can(actor, 'case:read', { regionCode: row.regionCode, departmentId: row.departmentId }).allowed) return;
    // A department with a step in the case (parallel approval) reads it wherever the case was filed.
    if (steps.some((s) => can(actor, 'case:read', { regionCode: null, departmentId: s.departmentId }).allowed && actor.departmentIds.includes(s.departmentId))) return;
    throw new AppError('FORBIDDEN', '该办件不在您的办理范围内');
  }
  // Another applicant's case: as if it did not exist.
  throw new AppError('CASE_NOT_FOUND');
}
