import {
  chinaDate, type Actor, type CaseList, type CaseView, type CorrectionRequest, type DeliverRequest, type FileAtWindowRequest,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { assertCan, scopeFor } from '../identity/index.js';
import { numberFor } from './application.service.js';
import type { CaseContext } from './case-context.js';
import { checkApplication, itemSnapshot } from './case-input.js';
import { tellApplicant, transition, type CaseTx } from './case-writer.js';
import type { CaseRow } from './cases.repository.js';

const WINDOW_QUEUES = { submitted: ['submitted', 'returned'], concluded: ['approved', 'denied'] } as const;
export type WindowQueue = keyof typeof WINDOW_QUEUES;

/** 综合窗口 (一窗受理, 受办分离): walk-in filing, the hall's shared queue, acceptance decisions, delivery. */
export function createWindowService(ctx: CaseContext) {
  const { repo, inTx, deps } = ctx;

  /**
   * Inside the action's transaction: the case, locked and read afresh so that concurrent actions take turns, if the
   * window's hall reaches its region.
   */
  async function windowCase(tx: CaseTx, actor: Actor, id: string): Promise<CaseRow> {
    const row = await tx.repo.lockCase(id);
    if (!row) throw new AppError('CASE_NOT_FOUND');
    assertCan(actor, 'case:accept', { regionCode: row.regionCode });
    return row;
  }

  /** 地点 of a window event: the hall of the clerk's region. */
  async function hallOf(actor: Actor): Promise<string | null> {
    if (!actor.regionCode) return null;
    const [region] = await deps.regionsFor(deps.db).findRegions([actor.regionCode]);
    return region ? `${region.name}政务服务大厅` : actor.regionCode;
  }

  const role = (actor: Actor) => (actor.roles.includes('window-clerk') ? 'window-clerk' : actor.roles.includes('grassroots-agent') ? 'grassroots-agent' : actor.roles[0] ?? actor.kind);

  const { openStage } = ctx;

  return {

    /** 窗口收件: the clerk files for a walk-in person or enterprise; linked to their account if they have one. */
    async fileAtWindow(actor: Actor, input: FileAtWindowRequest): Promise<{ created: boolean; view: CaseView }> {
      assertCan(actor, 'case:file-on-behalf');
      const again = await repo.findByIdempotencyKey(actor.id, input.idempotencyKey);
      if (again) return { created: false, view: await ctx.view(actor, again.id) };
      const item = await deps.publishedItem(input.itemId).catch(() => { throw new AppError('ITEM_NOT_FOUND', undefined, { field: 'itemId' }); });
      assertCan(actor, 'case:accept', { regionCode: item.region.code });
      const snapshot = itemSnapshot(item);
      const { values, materials } = await checkApplication(repo, {
        form: snapshot.form, materialSpecs: snapshot.materialNames, values: input.formValues, materials: input.materials,
        ownerIds: [actor.id], complete: true,
      });
      const a = input.applicant;
      const code = a.kind === 'citizen' ? a.idNumber : a.uscc;
      const account = await deps.accounts.findHolder(a.kind, code);
      const place = await hallOf(actor);
      const row = await inTx(async (tx) => {
        const created = await tx.repo.insertCase({
          ...snapshot, applicantKind: a.kind, applicantAccountId: account?.id ?? null, applicantName: a.name,
          applicantIdNumber: a.kind === 'citizen' ? a.idNumber : null, applicantUscc: a.kind === 'enterprise' ? a.uscc : null,
          applicantPhone: a.phone, channel: actor.roles.includes('grassroots-agent') ? 'agent' : 'window', status: 'draft',
          formValues: values, materials, idempotencyKey: input.idempotencyKey, createdBy: actor.id, createdAt: tx.now, updatedAt: tx.now,
        });
        const number = await numberFor(tx, created);
        const after = await transition(tx, created, 'file-at-window', { actor, role: role(actor), channel: created.channel as never, place },
          { patch: { number, submittedAt: tx.now } });
        await tellApplicant(tx, after, '窗口已收件', `您的办件 ${number}（${after.itemName}）已由窗口收件。`);
        return after;
      });
      return { created: true, view: await ctx.view(actor, row.id) };
    },

    /** The hall's shared queue: every department's cases in the clerk's region, oldest first. */
    async queue(actor: Actor, queue: WindowQueue, page: number, pageSize: number): Promise<CaseList> {
      const scope = scopeFor(actor, 'case:accept');
      if (scope.kind === 'none') throw new AppError('FORBIDDEN', scope.reason);
      const { rows, total } = await repo.listCases({
        statuses: [...WINDOW_QUEUES[queue]], regionPrefix: scope.kind === 'limited' ? scope.regionCode : null,
      }, page, pageSize);
      return { total, page, pageSize, cases: await ctx.summaries(rows.reverse()) };
    },

    /** 受理: the clock starts the working day after; the first review stage opens. */
    async accept(actor: Actor, id: string, opinion: string): Promise<CaseView> {
      const place = await hallOf(actor);
      await inTx(async (tx) => {
        const row = await windowCase(tx, actor, id);
        const resuming = row.status === 'returned';
        const after = await transition(tx, row, 'accept', { actor, role: role(actor), channel: 'window', place, opinion },
          { patch: resuming ? {} : { acceptedAt: tx.now, acceptedOn: chinaDate(tx.now) } });
        if (resuming) {
          for (const s of await tx.repo.listSteps(row.id)) if (s.status === 'returned') await tx.repo.updateStep(s.id, { status: 'active', decidedAt: null });
        } else {
          await openStage(tx, after, 0);
        }
        await tellApplicant(tx, after, '申请已受理', `您的办件 ${after.number} 已受理，承诺办结时限 ${after.promisedWorkdays} 个工作日。`);
      });
      return ctx.view(actor, id);
    },

    /** 不予受理, with the reasons. */
    async notAccept(actor: Actor, id: string, reasons: string): Promise<CaseView> {
      const place = await hallOf(actor);
      await inTx(async (tx) => {
        const row = await windowCase(tx, actor, id);
        const after = await transition(tx, row, 'not-accept', { actor, role: role(actor), channel: 'window', place, opinion: reasons },
          { patch: { concludedAt: tx.now } });
        await tellApplicant(tx, after, '申请不予受理', `您的办件 ${after.number} 不予受理。理由：${reasons}`);
      });
      return ctx.view(actor, id);
    },

    /** 一次性告知: one notice listing everything that is missing; the case waits for the applicant. */
    async requestCorrection(actor: Actor, id: string, notice: CorrectionRequest): Promise<CaseView> {
      const place = await hallOf(actor);
      await inTx(async (tx) => {
        const row = await windowCase(tx, actor, id);
        const specs = row.materialNames as { name: string }[];
        const bad = notice.items.findIndex((i) => i.materialIndex !== null && !specs[i.materialIndex]);
        if (bad >= 0) throw new AppError('VALIDATION_FAILED', '所列材料不属于该事项', { field: `items.${bad}.materialIndex` });
        const after = await transition(tx, row, 'request-correction', {
          actor, role: role(actor), channel: 'window', place, opinion: notice.note || null, data: { items: notice.items },
        }, { patch: { correction: notice } });
        const list = notice.items.map((i, n) => `${n + 1}. ${i.materialIndex !== null ? `${specs[i.materialIndex]!.name}：` : ''}${i.note}`).join('；');
        await tellApplicant(tx, after, '请补正材料（一次性告知）', `您的办件 ${after.number} 需补正：${list}`);
      });
      return ctx.view(actor, id);
    },

    /** 送达: pickup at the window, post (送件上门) or electronic. */
    async deliver(actor: Actor, id: string, delivery: DeliverRequest): Promise<CaseView> {
      const place = await hallOf(actor);
      await inTx(async (tx) => {
        const row = await windowCase(tx, actor, id);
        const after = await transition(tx, row, 'deliver', { actor, role: role(actor), channel: 'window', place, data: delivery },
          { patch: { delivery: { ...delivery, at: tx.now.toISOString() } } });
        const how = delivery.method === 'post' ? `已邮寄（${delivery.carrier} ${delivery.trackingNumber}）` : delivery.method === 'pickup' ? '已在窗口领取' : '已电子送达';
        await tellApplicant(tx, after, '办理结果已送达', `您的办件 ${after.number} 的办理结果${how}。`);
      });
      return ctx.view(actor, id);
    },
  };
}

export type WindowService = ReturnType<typeof createWindowService>;
