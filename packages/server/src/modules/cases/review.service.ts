import {
  chinaDate, type Actor, type CaseSummary, type CaseView, type ExtendRequest, type StartSpecialRequest, type SupervisionQuery,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { scopeFor, type RequestContext } from '../identity/index.js';
import { decidableSteps } from './case-access.js';
import type { CaseContext } from './case-context.js';
import { presentSummary } from './case.presenter.js';
import { transition, type CaseTx, type EventInput } from './case-writer.js';
import type { CaseAggregate, CaseRow, CaseStepRow } from './cases.repository.js';
import type { StoredExtension, StoredPause } from './deadlines.js';

/** 部门审查: the department's queue by remaining working days, and the decisions on its steps. */
export function createReviewService(ctx: CaseContext) {
  const { repo } = ctx;

  /**
   * The case as the action reads it, and the actor's active step in it (their department and the role the step
   * asks for). Departments deciding side by side end as if they took turns (ctx.onCase): the second runs again on
   * the case with the first's decision, so both succeed and the last one concludes the stage.
   */
  async function myStep(tx: CaseTx, actor: Actor, caseId: string, stepId: string): Promise<{ agg: CaseAggregate; step: CaseStepRow }> {
    const agg = await tx.repo.loadCase(caseId);
    if (!agg) throw new AppError('CASE_NOT_FOUND');
    const step = agg.steps.find((s) => s.id === stepId);
    if (!step) throw new AppError('NOT_FOUND', '审批环节不存在');
    if (!decidableSteps(actor, [{ ...step, status: 'active' }]).length) {
      throw new AppError('FORBIDDEN', actor.departmentIds.includes(step.departmentId)
        ? `该环节须由${step.role === 'dept-approver' ? '审批' : '审核'}人员办理` : '该环节不属于您所在的部门');
    }
    if (step.status !== 'active' || agg.row.status !== 'in-review') throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '该环节当前不在办理中');
    return { agg, step };
  }

  /** A decision on one step of a case, written at once or not at all; answers with the case as it leaves it. */
  async function onStep(actor: Actor, caseId: string, stepId: string, work: (tx: CaseTx, agg: CaseAggregate, step: CaseStepRow) => Promise<void>): Promise<CaseView> {
    const agg = await ctx.onCase(async (tx) => {
      const mine = await myStep(tx, actor, caseId, stepId);
      await work(tx, mine.agg, mine.step);
      return mine.agg;
    });
    return ctx.present(actor, agg);
  }

  const openPause = (s: CaseStepRow) => (s.pauses as StoredPause[]).find((p) => p.end === null) ?? null;
  const role = (step: CaseStepRow) => step.role;
  const eventOf = (actor: Actor, step: CaseStepRow, origin: RequestContext | undefined, more: Partial<EventInput> = {}): EventInput =>
    ({ actor, role: role(step), place: step.departmentName, stepId: step.id, origin, ...more });

  /**
   * 证照签发 with the decision: the certificates are made and signed here, and the decision's one statement
   * inserts them, so they are written with it or not at all (an attempt that lost a race leaves only a serial unused).
   */
  async function issueCertificates(tx: CaseTx, row: CaseRow) {
    const issue = ctx.deps.issueCertificates;
    const code = row.applicantKind === 'enterprise' ? row.applicantUscc : row.applicantIdNumber;
    if (!issue || !row.resultCertificateType || !code) return [];
    const issued = await issue(tx.db, {
      id: row.id, number: row.number, itemName: row.itemName, certificateType: row.resultCertificateType,
      holder: { kind: row.applicantKind === 'enterprise' ? 'enterprise' : 'citizen', name: row.applicantName, code, accountId: row.applicantAccountId },
      // 实施编码 begins with the implementing department's USCC.
      issuer: { departmentId: row.departmentId, name: row.departmentName, uscc: row.implCode.slice(0, 18), regionCode: row.regionCode },
      formValues: row.formValues as Record<string, unknown>,
    });
    issued.forEach((c, i) => tx.writes.parts.push([`certificate${i}`, c.insert]));
    return issued;
  }

  async function decide(tx: CaseTx, agg: CaseAggregate, step: CaseStepRow, input: EventInput) {
    if (openPause(step)) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '特别程序尚未结束，请先结束特别程序');
    await ctx.updateStep(tx, agg, step.id, { status: 'approved', decidedAt: tx.now, opinion: input.opinion ?? null });
    const stageOpen = agg.steps.some((s) => s.stage === step.stage && s.status === 'active');
    if (stageOpen) return transition(tx, agg, 'approve-step', input);
    const hasNext = (agg.row.reviewFlow as unknown[]).length > step.stage + 1;
    if (hasNext) {
      await transition(tx, agg, 'approve-step', input);
      await ctx.openStage(tx, agg, step.stage + 1);
      return agg.row;
    }
    const issued = await issueCertificates(tx, agg.row);
    const certificates = issued.map((c) => c.identifier);
    return transition(tx, agg, 'approve-step', { ...input, data: { ...input.data, ...(certificates.length ? { certificates } : {}) } }, {
      allStepsApproved: true, patch: { concludedAt: tx.now },
      tell: (after) => ({
        title: '办件已办结（准予）',
        body: `您的办件 ${after.number} 已审批通过，请留意领取或送达方式。${issued.length ? `${issued.map((c) => c.typeName).join('、')}已签发为电子证照，可在"我的证照"中查看和下载。` : ''}`,
      }),
    });
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

    async approve(actor: Actor, caseId: string, stepId: string, opinion: string, origin?: RequestContext): Promise<CaseView> {
      return onStep(actor, caseId, stepId, async (tx, agg, step) => {
        await decide(tx, agg, step, eventOf(actor, step, origin, { opinion: opinion || null, data: { step: step.name } }));
      });
    },

    /** 不予许可: one department's refusal decides the case. */
    async deny(actor: Actor, caseId: string, stepId: string, opinion: string, origin?: RequestContext): Promise<CaseView> {
      return onStep(actor, caseId, stepId, async (tx, agg, step) => {
        await ctx.updateStep(tx, agg, step.id, { status: 'denied', decidedAt: tx.now, opinion });
        for (const s of agg.steps) if (s.id !== step.id && s.status === 'active') await ctx.updateStep(tx, agg, s.id, { status: 'waiting' });
        await transition(tx, agg, 'deny-step', eventOf(actor, step, origin, { opinion }), { patch: { concludedAt: tx.now }, tell: (after) => ({ title: '办件已办结（不予许可）', body: `您的办件 ${after.number} 不予许可。理由：${opinion}` }) });
      });
    },

    /** 退回窗口: the window takes it up again (and may accept it once more). */
    async returnToWindow(actor: Actor, caseId: string, stepId: string, opinion: string, origin?: RequestContext): Promise<CaseView> {
      return onStep(actor, caseId, stepId, async (tx, agg, step) => {
        await ctx.updateStep(tx, agg, step.id, { status: 'returned', decidedAt: tx.now, opinion: opinion || null });
        await transition(tx, agg, 'return', eventOf(actor, step, origin, { opinion: opinion || null }));
      });
    },

    /** 启动特别程序: the step's clock stops until it ends. */
    async startSpecial(actor: Actor, caseId: string, stepId: string, input: StartSpecialRequest, origin?: RequestContext): Promise<CaseView> {
      return onStep(actor, caseId, stepId, async (tx, agg, step) => {
        if (openPause(step)) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '已有进行中的特别程序');
        const pause: StoredPause = { kind: input.kind, reason: input.reason, start: chinaDate(tx.now), end: null };
        await ctx.updateStep(tx, agg, step.id, { pauses: [...(step.pauses as StoredPause[]), pause] });
        await transition(tx, agg, 'start-special', eventOf(actor, step, origin, { opinion: input.reason, data: { kind: input.kind } }), { tell: (after) => ({ title: '办件进入特别程序', body: `您的办件 ${after.number} 进入特别程序，期间不计入办理时限。` }) });
      });
    },

    async endSpecial(actor: Actor, caseId: string, stepId: string, origin?: RequestContext): Promise<CaseView> {
      return onStep(actor, caseId, stepId, async (tx, agg, step) => {
        const open = openPause(step);
        if (!open) throw new AppError('CASE_TRANSITION_NOT_ALLOWED', '没有进行中的特别程序');
        const pauses = (step.pauses as StoredPause[]).map((p) => (p.end === null ? { ...p, end: chinaDate(tx.now) } : p));
        await ctx.updateStep(tx, agg, step.id, { pauses });
        await transition(tx, agg, 'end-special', eventOf(actor, step, origin, { data: { kind: open.kind } }));
      });
    },

    /** 延长审批时限: days with a reason, on the step's clock. */
    async extend(actor: Actor, caseId: string, stepId: string, input: ExtendRequest, origin?: RequestContext): Promise<CaseView> {
      return onStep(actor, caseId, stepId, async (tx, agg, step) => {
        const ext: StoredExtension = { workdays: input.workdays, reason: input.reason, at: tx.now.toISOString() };
        await ctx.updateStep(tx, agg, step.id, { extensions: [...(step.extensions as StoredExtension[]), ext] });
        await transition(tx, agg, 'extend', eventOf(actor, step, origin, { opinion: input.reason, data: { workdays: input.workdays } }), { tell: (after) => ({ title: '办理时限已延长', body: `您的办件 ${after.number} 办理时限延长 ${input.workdays} 个工作日。理由：${input.reason}` }) });
      });
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
