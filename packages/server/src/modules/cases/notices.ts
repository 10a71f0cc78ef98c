import { chinaDate, type Actor, type CorrectionRequest } from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { noticePdf, PdfFontMissing, type NoticeLine } from '../../platform/pdf/index.js';
import type { CaseContext } from './case-context.js';

export const NOTICE_KINDS = ['acceptance', 'correction'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const zhDate = (d: string) => d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_m, y: string, m: string, day: string) => `${y}年${Number(m)}月${Number(day)}日`);

/** 受理通知书 and 一次性告知书 as PDF, with a QR code to the public case lookup. */
export function createNotices(ctx: CaseContext, publicUrl: string) {
  return {
    async pdf(actor: Actor, id: string, kind: NoticeKind): Promise<{ filename: string; body: Buffer }> {
      const view = await ctx.view(actor, id);
      const lookup = `${publicUrl}/cases/lookup?number=${encodeURIComponent(view.number ?? '')}`;
      const common: NoticeLine[] = [
        { label: '办件编号', value: view.number ?? '—' },
        { label: '申请人', value: view.applicant.name },
        { label: '申请事项', value: view.itemName },
        { label: '实施主体', value: view.department.name },
      ];
      let title: string;
      let lines: NoticeLine[];
      if (kind === 'acceptance') {
        const accept = view.events.find((e) => e.action === 'accept');
        if (!accept || !view.acceptedAt) throw new AppError('NOT_FOUND', '该办件尚未受理，没有受理通知书');
        const due = view.deadline?.known && view.deadline.due ? zhDate(view.deadline.due) : `待定（${view.deadline?.message ?? '节假日安排未录入'}）`;
        title = '受理通知书';
        lines = [
          ...common,
          {
            label: '受理时间',
            value: typeof accept.data.deemedAcceptedOn === 'string'
              ? `${zhDate(accept.data.deemedAcceptedOn)}（5 个工作日内未告知补正，依《行政许可法》第三十二条自收到申请材料之日起受理）`
              : zhDate(chinaDate(new Date(view.acceptedAt))),
          },
          { label: '承诺办结时限', value: `${view.item.promisedWorkdays} 个工作日（自受理次日起计算，法定节假日不计入）` },
          { label: '办结期限', value: due },
          { text: `您提交的申请材料齐全、符合法定形式，现予受理。特别程序（听证、检验、检测、鉴定、专家评审等）所需时间不计入办理时限。${accept.opinion ? `受理意见：${accept.opinion}` : ''}` },
        ];
      } else {
        const notice = view.correction as CorrectionRequest | null;
        if (!notice) throw new AppError('NOT_FOUND', '该办件没有待补正的告知');
        title = '一次性告知书';
        lines = [
          ...common,
          { text: '您提交的申请材料不齐全或者不符合法定形式，现一次性告知需要补正的全部内容：' },
          ...notice.items.map((item, i) => ({
            text: `${i + 1}. ${item.materialIndex !== null ? `${view.materials.find((m) => m.index === item.materialIndex)?.name ?? '材料'}：` : ''}${item.note}`,
          })),
          ...(notice.note ? [{ text: `说明：${notice.note}` }] : []),
          { text: '请通过网上办事大厅"我的办件"补正后重新提交；补正材料齐全后即予受理。' },
        ];
      }
      try {
        const body = await noticePdf({
          title, subtitle: '长沙市政务服务中心 · 一网通办', lines, qrUrl: lookup,
          qrCaption: '扫码或登录网上办事大厅，凭办件编号及手机号码后四位查询办理进度', issuer: `${view.department.name}（综合窗口代章）`,
          date: zhDate(chinaDate(ctx.clock())),
        });
        return { filename: `${title}-${view.number ?? view.id}.pdf`, body };
      } catch (error) {
        if (error instanceof PdfFontMissing) throw new AppError('INTERNAL', error.message);
        throw error;
      }
    },
  };
}

export type Notices = ReturnType<typeof createNotices>;
