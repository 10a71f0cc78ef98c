import {
  chinaDate, type Actor, type CaseSummary, type CaseView, type ExtendRequest, type StartSpecialRequest, type SupervisionQuery,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { scopeFor } from '../identity/index.js';
import { decidableSteps } from './case-access.js';
import type { CaseContext } from './case-context.js';
import { presentSummary } from './case.presenter.js';
import { tellApplicant, transition, type CaseTx } from './case-writer.js';
import type { CaseRow, CaseStepRow } from './cases.repository.js';
import type { StoredExtension, StoredPause } from './deadlines.js';

/** 部门审查: the department's queue by remaining working days, and the decisions on its steps. */
export function createReviewService(ctx: CaseContext) {
  const { repo, inTx } = ctx;

  /**
   * Inside the action's transaction: the case, locked, and the actor's active step in it (their department and
   * the role the step asks for). Departments deciding side by side take turns on the lock, and the second sees
   * the first's decision, so both succeed and the last one concludes the stage.
   */
  async function myStep(tx: CaseTx, actor: Actor, caseId: string, stepId: string): Promise<{ row: CaseRow; step: CaseStepRow; steps: CaseStepRow[] }> {
    const row = await tx.repo.lockCase(caseId);
    if (!row) throw new AppError('CASE_NOT_FOUND');
    const steps = await tx.repo.listSteps(caseId);
    const step = steps.find((s) => s.id === stepId);
    if (!step) throw new AppError('NOT_FOUND', '审批环节不存在');
    if (!decidableSteps(actor, [{ ...step, status: 'active' }]).length) {
      throw new AppError('FORBIDDEN', actor.departmentIds.includes(step.departmentId)
        ? `该环节须由${step.role === 'dept-approver' ? '审批' : '审核'}人员办理` : '该环节不属于您所在的部门');
    }
    if (step.status !== 'active' || row.status !== 'in-review') throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '该环节当前不在办理中');
    return { row, step, steps };
  }

  const openPause = (s: CaseStepRow) => (s.pauses as StoredPause[]).find((p) => p.end === null) ?? null;
  const role = (step: CaseStepRow) => step.role;

  async function decide(tx: CaseTx, actor: Actor, row: CaseRow, step: CaseStepRow, steps: CaseStepRow[], opinion: string) {
    if (openPause(step)) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '特别程序尚未结束，请先结束特别程序');
    await tx.repo.updateStep(step.id, { status: 'approved', decidedAt: tx.now, opinion: opinion || null });
    const stageOpen = steps.some((s) => s.stage === step.stage && s.id !== step.id && s.status === 'active');
    const input = { actor, role: role(step), place: step.departmentName, opinion: opinion || null, stepId: step.id, data: { step: step.name } };
    if (stageOpen) return transition(tx, row, 'approve-step', input);
    const hasNext = (row.reviewFlow as unknown[]).length > step.stage + 1;
    if (hasNext) {
      const after = await transition(tx, row, 'approve-step', input);
      await ctx.openStage(tx, after, step.stage + 1);
      return after;
    }
    const after = await transition(tx, row, 'approve-step', input, { allStepsApproved: true, patch: { concludedAt: tx.now } });
    await tellApplicant(tx, after, '办件已办结（准予）', `您的办件 ${after.number} 已审批通过，请留意领取或送达方式。`);
    return after;
  }

  return {
    /** 待办: cases with an active step of the reviewer's departments, the least time left first. */
    async queue(actor: Actor): Promise<(CaseSummary & { stepId: string; stepName: string; stepRole: string })[]> {
      // Review work belongs to departments: an account without one has an empty queue.
      if (actor.departmentIds.length === 0) return [];
      const items = [];
      for (const d of await ctx.deadlinesOf(await repo.listWithActiveSteps(actor.departmentIds, 500))) {
        for (const s of decidableSteps(actor, d.steps)) {
          items.push({ ...presentSummary(d.row, d.byStep.get(s.id) ?? d.caseDeadline), stepId: s.id, stepName: s.name, stepRole: s.role });
        }
      }
      const left = (x: CaseSummary) => x.deadline?.remainingWorkdays ?? Number.MAX_SAFE_INTEGER;
      return items.sort((a, b) => left(a) - left(b));
    },

    async approve(actor: Actor, caseId: string, stepId: string, opinion: string): Promise<CaseView> {
      await inTx(async (tx) => {
        const { row, step, steps } = await myStep(tx, actor, caseId, stepId);
        await decide(tx, actor, row, step, steps, opinion);
      });
      return ctx.view(actor, caseId);
    },

    /** 不予许可: one department's refusal decides the case. */
    async deny(actor: Actor, caseId: string, stepId: string, opinion: string): Promise<CaseView> {
      await inTx(async (tx) => {
        const { row, step, steps } = await myStep(tx, actor, caseId, stepId);
        await tx.repo.updateStep(step.id, { status: 'denied', decidedAt: tx.now, opinion });
        for (const s of steps) if (s.id !== step.id && s.status === 'active') await tx.repo.updateStep(s.id, { status: 'waiting' });
        const after = await transition(tx, row, 'deny-step', { actor, role: role(step), place: step.departmentName, opinion, stepId: step.id },
          { patch: { concludedAt: tx.now } });
        await tellApplicant(tx, after, '办件已办结（不予许可）', `您的办件 ${after.number} 不予许可。理由：${opinion}`);
      });
      return ctx.view(actor, caseId);
    },

    /** 退回窗口: the window takes it up again (and may accept it once more). */
    async returnToWindow(actor: Actor, caseId: string, stepId: string, opinion: string): Promise<CaseView> {
      await inTx(async (tx) => {
        const { row, step } = await myStep(tx, actor, caseId, stepId);
        await tx.repo.updateStep(step.id, { status: 'returned', decidedAt: tx.now, opinion: opinion || null });
        await transition(tx, row, 'return', { actor, role: role(step), place: step.departmentName, opinion: opinion || null, stepId: step.id });
      });
      return ctx.view(actor, caseId);
    },

    /** 启动特别程序: the step's clock stops until it ends. */
    async startSpecial(actor: Actor, caseId: string, stepId: string, input: StartSpecialRequest): Promise<CaseView> {
      await inTx(async (tx) => {
        const { row, step } = await myStep(tx, actor, caseId, stepId);
        if (openPause(step)) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '已有进行中的特别程序');
        const pause: StoredPause = { kind: input.kind, reason: input.reason, start: chinaDate(tx.now), end: null };
        await tx.repo.updateStep(step.id, { pauses: [...(step.pauses as StoredPause[]), pause] });
        const after = await transition(tx, row, 'start-special', { actor, role: role(step), place: step.departmentName, opinion: input.reason, stepId: step.id, data: { kind: input.kind } });
        await tellApplicant(tx, after, '办件进入特别程序', `您的办件 ${after.number} 进入特别程序，期间不计入办理时限。`);
      });
      return ctx.view(actor, caseId);
    },

    async endSpecial(actor: Actor, caseId: string, stepId: string): Promise<CaseView> {
      await inTx(async (tx) => {
        const { row, step } = await myStep(tx, actor, caseId, stepId);
        const open = openPause(step);
        if (!open) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '没有进行中的特别程序');
        const pauses = (step.pauses as StoredPause[]).map((p) => (p.end === null ? { ...p, end: chinaDate(tx.now) } : p));
        await tx.repo.updateStep(step.id, { pauses });
        await transition(tx, row, 'end-special', { actor, role: role(step), place: step.departmentName, stepId: step.id, data: { kind: open.kind } });
      });
      return ctx.view(actor, caseId);
    },

    /** 延长审批时限: days with a reason, on the step's clock. */
    async extend(actor: Actor, caseId: string, stepId: string, input: ExtendRequest): Promise<CaseView> {
      await inTx(async (tx) => {
        const { row, step } = await myStep(tx, actor, caseId, stepId);
        const ext: StoredExtension = { workdays: input.workdays, reason: input.reason, at: tx.now.toISOString() };
        await tx.repo.updateStep(step.id, { extensions: [...(step.extensions as StoredExtension[]), ext] });
        const after = await transition(tx, row, 'extend', { actor, role: role(step), place: step.departmentName, opinion: input.reason, stepId: step.id, data: { workdays: input.workdays } });
        await tellApplicant(tx, after, '办理时限已延长', `您的办件 ${after.number} 办理时限延长 ${input.workdays} 个工作日。理由：${input.reason}`);
      });
      return ctx.view(actor, caseId);
    },

    /** 电子监察: cases in review that are overdue (red) or close to it (yellow), in the supervisor's region. */
    async atRisk(actor: Actor, q: SupervisionQuery): Promise<CaseSummary[]> {
      const scope = scopeFor(actor, 'supervision:read');
      if (scope.kind === 'none') throw new AppError('FORBIDDEN', scope.reason);
      let prefix = q.region ?? null;
      if (scope.kind === 'limited' && (!prefix || !prefix.startsWith(scope.regionCode))) prefix = scope.regionCode;
      const { rows } = await repo.listCases({ statuses: ['in-review'], regionPrefix: prefix, departmentIds: q.department ? [q.department] : null }, 1, 2000);
      const out: CaseSummary[] = [];
      for (const { row, caseDeadline: d } of await ctx.deadlinesOf(rows)) {
        if ((d?.level === 'red' || d?.level === 'yellow') && (!q.level || q.level === d.level)) out.push(presentSummary(row, d));
      }
      return out.sort((a, b) => (a.deadline!.remainingWorkdays ?? 0) - (b.deadline!.remainingWorkdays ?? 0));
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
