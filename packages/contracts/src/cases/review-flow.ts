import { z } from 'zod';

/** The roles that may decide a review step. */
export const REVIEW_ROLES = ['dept-reviewer', 'dept-approver'] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number];

/**
 * 审批环节: one department's step. `sector` null means the item's own department; otherwise the department of that
 * line of work in the item's region (its counterpart, found the way delegation finds one).
 */
export const ReviewStepDef = z.object({
  name: z.string().trim().min(1, '请填写环节名称').max(30),
  sector: z.string().trim().max(50).nullable().default(null),
  role: z.enum(REVIEW_ROLES).default('dept-reviewer'),
});
export type ReviewStepDef = z.infer<typeof ReviewStepDef>;

/**
 * 审批阶段: stages run one after the other (审查 → 决定); the steps of one stage run side by side across
 * departments (并联审批), each with its own clock, and all must approve.
 */
export const ReviewStageDef = z.object({
  name: z.string().trim().min(1, '请填写阶段名称').max(30),
  steps: z.array(ReviewStepDef).min(1, '每个阶段至少一个环节').max(10),
});
export type ReviewStageDef = z.infer<typeof ReviewStageDef>;

/** The flow of an item that defines none: its own department examines, then decides. */
export const DEFAULT_REVIEW_FLOW: ReviewStageDef[] = [
  { name: '审查', steps: [{ name: '审查', sector: null, role: 'dept-reviewer' }] },
  { name: '决定', steps: [{ name: '决定', sector: null, role: 'dept-approver' }] },
];

export function reviewFlowOf(stages: readonly ReviewStageDef[] | undefined | null): ReviewStageDef[] {
  return stages && stages.length > 0 ? [...stages] : DEFAULT_REVIEW_FLOW;
}
