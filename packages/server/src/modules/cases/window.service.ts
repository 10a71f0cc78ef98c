import {
  acceptanceDate, chinaDate, type Actor, type WorkingCalendar, type CaseChannel, type CaseList, type CaseView, type CorrectionRequest, type DeliverRequest, type FileAtWindowRequest,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { assertCan, scopeFor, type RequestContext } from '../identity/index.js';
import { numberFor } from './application.service.js';
import type { CaseContext } from './case-context.js';
import { checkApplication, itemSnapshot, newCaseRow } from './case-input.js';
import { insertCase, transition, type CaseTx } from './case-writer.js';
import type { CaseAggregate, CaseRow } from './cases.repository.js';

/** The events by which the window receives an application's materials. */
const RECEIPTS = new Set(['submit', 'resubmit', 'file-at-window']);

const WINDOW_QUEUES = { submitted: ['submitted', 'returned'], concluded: ['approved', 'denied'] } as const;
export type WindowQueue = keyof typeof WINDOW_QUEUES;

/** 综合窗口 (一窗受理, 受办分离): walk-in filing, the hall's shared queue, acceptance decisions, delivery. */
export function createWindowService(ctx: CaseContext) {
  const { repo, inTx, deps } = ctx;

  /** The case as the action reads it, if the window's hall reaches its region. */
  async function windowCase(tx: CaseTx, actor: Actor, id: string): Promise<CaseAggregate> {
    const agg = await tx.repo.loadCase(id);
    if (!agg) throw new AppError('CASE_NOT_FOUND');
    assertCan(actor, 'case:accept', { regionCode: agg.row.regionCode });
    return agg;
  }

  /** 地点 of a window event: the hall of the clerk's region (region names are kept for a minute). */
  const halls = new Map<string, { name: string; until: number }>();
  async function hallOf(actor: Actor): Promise<string | null> {
    if (!actor.regionCode) return null;
    const known = halls.get(actor.regionCode);
    if (known && known.until > Date.now()) return known.name;
    const [region] = await deps.regionsFor(deps.db).findRegions([actor.regionCode]);
    const name = region ? `${region.name}政务服务大厅` : actor.regionCode;
    halls.set(actor.regionCode, { name, until: Date.now() + 60_000 });
    return name;
  }

  /**
   * A window action on one case, written at once or not at all (ctx.onCase: concurrent actions end as if they took
   * turns); answers with the case as it leaves it.
   */
  async function windowAction(actor: Actor, id: string, work: (tx: CaseTx, agg: CaseAggregate, place: string | null) => Promise<void>): Promise<CaseView> {
    const place = await hallOf(actor);
    const agg = await ctx.onCase(async (tx) => {
      const agg = await windowCase(tx, actor, id);
      await work(tx, agg, place);
      return agg;
    });
    return ctx.present(actor, agg);
  }

  const role = (actor: Actor) => (actor.roles.includes('window-clerk') ? 'window-clerk' : actor.roles.includes('grassroots-agent') ? 'grassroots-agent' : actor.roles[0] ?? actor.kind);

  const { openStage } = ctx;

  /**
   * 受理日期: today, or — when the window let 5 working days pass after the materials came in (the submission, or
   * the latest resubmission after a correction) without a correction notice — the day they came in (行政许可法 32).
   */
  function acceptedOn(cal: WorkingCalendar, tx: CaseTx, agg: CaseAggregate): { date: string; deemed: boolean } {
    const today = chinaDate(tx.now);
    const received = agg.events.findLast((e) => RECEIPTS.has(e.action));
    if (!received) return { date: today, deemed: false };
    const rule = acceptanceDate(cal, chinaDate(received.at), today);
    return rule.known ? { date: rule.date, deemed: rule.deemed } : { date: today, deemed: false };
  }

  return {

    /** 窗口收件: the clerk files for a walk-in person or enterprise; linked to their account if they have one. */
    async fileAtWindow(actor: Actor, input: FileAtWindowRequest, origin?: RequestContext): Promise<{ created: boolean; view: CaseView }> {
      assertCan(actor, 'case:file-on-behalf');
      const again = await repo.findByIdempotencyKey(actor.id, input.idempotencyKey);
      if (again) return { created: false, view: await ctx.view(actor, again.id) };
      return ctx.onPublishedItem(input.itemId, async (item) => {
        assertCan(actor, 'case:accept', { regionCode: item.region.code });
        const snapshot = itemSnapshot(item);
        const a = input.applicant;
        const code = a.kind === 'citizen' ? a.idNumber : a.uscc;
        const account = await deps.accounts.findHolder(a.kind, code);
        // A certificate needs the holder's own act (online, from their wallet): the clerk's word is not consent.
        const presented = input.materials.find((m) => m.mode === 'certificate');
        if (presented) {
          throw new AppError('VALIDATION_FAILED', '窗口收件不能代申请人调用电子证照，请核验原件后上传，或由申请人在网上申报时授权使用', { field: `materials.${presented.index}` });
        }
        const { values, materials, files } = await checkApplication(repo, {
          form: snapshot.form, materialSpecs: snapshot.materialNames, values: input.formValues, materials: input.materials,
          ownerIds: [actor.id], complete: true, applicant: { accountId: account?.id ?? null, code }, db: deps.db,
        });
        const place = await hallOf(actor);
        const agg = await inTx(async (tx) => {
          const fresh: CaseAggregate = {
            row: {
              ...newCaseRow(tx.now), ...snapshot, applicantKind: a.kind, applicantAccountId: account?.id ?? null, applicantName: a.name,
              applicantIdNumber: a.kind === 'citizen' ? a.idNumber : null, applicantUscc: a.kind === 'enterprise' ? a.uscc : null,
              applicantPhone: a.phone, channel: actor.roles.includes('grassroots-agent') ? 'agent' : 'window',
              formValues: values, materials, idempotencyKey: input.idempotencyKey, createdBy: actor.id,
            },
            steps: [], events: [], files, counterparts: [],
          };
          const number = await numberFor(tx, fresh.row);
          const first = {
            action: 'file-at-window' as const, input: { actor, role: role(actor), channel: fresh.row.channel as CaseChannel, place, origin },
            opts: {
              patch: { number, submittedAt: tx.now },
              tell: (after: CaseRow) => ({ title: '窗口已收件', body: `您的办件 ${number}（${after.itemName}）已由窗口收件。` }),
            },
          };
          await insertCase(tx, fresh, item, first);
          return fresh;
        });
        return { created: true, view: await ctx.present(actor, agg) };
      });
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
    async accept(actor: Actor, id: string, opinion: string, origin?: RequestContext): Promise<CaseView> {
      // Read before the transaction: PGlite has one connection, and the calendar's cache may go to the database.
      const cal = await deps.calendar.calendar();
      return windowAction(actor, id, async (tx, agg, place) => {
        const resuming = agg.row.status === 'returned';
        const on = resuming ? null : acceptedOn(cal, tx, agg);
        const data = on?.deemed ? { deemedAcceptedOn: on.date } : {};
        await transition(tx, agg, 'accept', { actor, role: role(actor), channel: 'window', place, opinion, origin, data }, {
          patch: on ? { acceptedAt: tx.now, acceptedOn: on.date } : {},
          tell: (after) => ({ title: '申请已受理', body: `您的办件 ${after.number} 已受理，承诺办结时限 ${after.promisedWorkdays} 个工作日。` }),
        });
        if (resuming) {
          for (const s of agg.steps) if (s.status === 'returned') await ctx.updateStep(tx, agg, s.id, { status: 'active', decidedAt: null });
        } else {
          await openStage(tx, agg, 0);
        }
      });
    },

    /** 不予受理, with the reasons. */
    async notAccept(actor: Actor, id: string, reasons: string, origin?: RequestContext): Promise<CaseView> {
      return windowAction(actor, id, async (tx, agg, place) => {
        await transition(tx, agg, 'not-accept', { actor, role: role(actor), channel: 'window', place, opinion: reasons, origin },
          { patch: { concludedAt: tx.now }, tell: (after) => ({ title: '申请不予受理', body: `您的办件 ${after.number} 不予受理。理由：${reasons}` }) });
      });
    },

    /** 一次性告知: one notice listing everything that is missing; the case waits for the applicant. */
    async requestCorrection(actor: Actor, id: string, notice: CorrectionRequest, origin?: RequestContext): Promise<CaseView> {
      return windowAction(actor, id, async (tx, agg, place) => {
        const specs = agg.row.materialNames as { name: string }[];
        const bad = notice.items.findIndex((i) => i.materialIndex !== null && !specs[i.materialIndex]);
        if (bad >= 0) throw new AppError('VALIDATION_FAILED', '所列材料不属于该事项', { field: `items.${bad}.materialIndex` });
        const list = notice.items.map((i, n) => `${n + 1}. ${i.materialIndex !== null ? `${specs[i.materialIndex]!.name}：` : ''}${i.note}`).join('；');
        await transition(tx, agg, 'request-correction', {
          actor, role: role(actor), channel: 'window', place, opinion: notice.note || null, data: { items: notice.items }, origin,
        }, { patch: { correction: notice }, tell: (after) => ({ title: '请补正材料（一次性告知）', body: `您的办件 ${after.number} 需补正：${list}` }) });
      });
    },

    /** 送达: pickup at the window, post (送件上门) or electronic. */
    async deliver(actor: Actor, id: string, delivery: DeliverRequest, origin?: RequestContext): Promise<CaseView> {
      return windowAction(actor, id, async (tx, agg, place) => {
        const how = delivery.method === 'post' ? `已邮寄（${delivery.carrier} ${delivery.trackingNumber}）` : delivery.method === 'pickup' ? '已在窗口领取' : '已电子送达';
        await transition(tx, agg, 'deliver', { actor, role: role(actor), channel: 'window', place, data: delivery, origin }, {
          patch: { delivery: { ...delivery, at: tx.now.toISOString() } },
          tell: (after) => ({ title: '办理结果已送达', body: `您的办件 ${after.number} 的办理结果${how}。` }),
        });
      });
    },
  };
}

export type WindowService = ReturnType<typeof createWindowService>;
