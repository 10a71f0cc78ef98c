import { Readable } from 'node:stream';
import { chinaDate, dayKind, systemActor, type Actor, type CaseView, type MaterialSubmission } from '@yiwang/contracts';
import type { Services } from '../src/app.js';
import { noticePdf, PdfFontMissing } from '../src/platform/pdf/index.js';
import { DEMO_ENTERPRISE } from './accounts.js';

/**
 * The seed's clock: the real time, or the instant a demo case's step happened at. The demo's cases are made
 * through the platform's own use cases, at past working days, so their events, deadlines, messages, certificates
 * and audit entries are what the platform itself would have written (the audit entries carry those past times).
 */
export function createSeedClock() {
  let at: Date | null = null;
  return {
    now: (): Date => at ?? new Date(),
    set(instant: Date | null) { at = instant; },
  };
}
export type SeedClock = ReturnType<typeof createSeedClock>;

/** The demo people who act on the demo cases. */
export interface DemoActors {
  zhangsan: Actor;
  lisi: Actor;
  window: Actor;
  reviewer: Actor;
  approver: Actor;
  fire: Actor;
}

const ITEM = '食品经营许可（新办）';
const BUREAU = '长沙市市场监督管理局';
const HOUR_MS = 3_600_000;

/** What each demo applicant's restaurant or shop writes in the form. */
const SHOPS = {
  zhangsan: { operator_name: '张三湘菜馆', premises: '长沙市芙蓉区韶山北路 88 号', area: 120, main_business: '餐饮服务经营者', contact_phone: '13800138000', online_sales: true },
  lisi: { operator_name: '李四便利店', premises: '长沙市天心区劳动西路 216 号', area: 45, main_business: '食品销售经营者', contact_phone: '13900139000', online_sales: false },
} as const;

/**
 * Cases of 食品经营许可（新办） in each state a window, a reviewer, a supervisor and an applicant meet: a draft, one
 * waiting for acceptance, one waiting for a correction, cases in review with time left, due today and overdue, one
 * waiting for delivery and one delivered with its e-certificate. Returns how many were made (none when no CJK
 * font is installed for the demo materials' PDFs).
 */
export async function seedDemoCases(services: Services, actors: DemoActors, clock: SeedClock): Promise<number> {
  const admin = systemActor('系统初始化');
  const found = await services.catalog.search({ q: ITEM, region: '4301', regionExact: true, page: 1, pageSize: 5 }, { admin });
  const item = found.items.find((i) => i.name === ITEM && i.department.name === BUREAU);
  if (!item) return 0;

  // Working days before today, at a time of day in China (UTC+8).
  const calendar = await services.calendar.calendar();
  const today = chinaDate(new Date());
  const workdayBefore = (n: number, hour: number): Date => {
    let date = today;
    for (let counted = 0; counted < n;) {
      date = new Date(Date.parse(`${date}T00:00:00Z`) - 24 * HOUR_MS).toISOString().slice(0, 10);
      const kind = dayKind(calendar, date);
      if (!kind.known || kind.workday) counted++;
    }
    return new Date(Date.parse(`${date}T00:00:00Z`) + (hour - 8) * HOUR_MS);
  };
  const at = async <T>(instant: Date, work: () => Promise<T>): Promise<T> => {
    clock.set(instant);
    try { return await work(); } finally { clock.set(null); }
  };

  const { application, window, review } = services.cases;
  const itemId = item.id;
  let made = 0;
  // The item's materials as a case shows them (every case of the item has the same), from the first draft.
  let specs: CaseView['materials'] = [];
  /** A one-page PDF standing for a material (the hall's notice layout, marked as demo data), made once per owner. */
  const pdfs = new Map<string, Promise<Buffer>>();
  const materialPdf = (name: string, who: string): Promise<Buffer> => {
    const key = `${name}\u0000${who}`;
    if (!pdfs.has(key)) {
      pdfs.set(key, noticePdf({
        title: name, subtitle: '（演示材料）', issuer: who, date: today, qrUrl: 'https://example.invalid/demo', qrCaption: '演示数据，无实际效力',
        lines: [{ label: '事项', value: ITEM }, { label: '提交人', value: who }, { text: '本文件由系统初始化生成，仅供演示。' }],
      }));
    }
    return pdfs.get(key)!;
  };
  /** The materials of a case: shared data where the item allows it, else a demo PDF of `who` uploaded by `owner`. */
  async function materialsFor(owner: Actor, who = owner.name): Promise<MaterialSubmission[]> {
    const given: MaterialSubmission[] = [];
    for (const m of specs) {
      if (m.sharedDataAllowed) { given.push({ index: m.index, mode: 'shared-data', fileIds: [], certificateId: null, consent: false }); continue; }
      if (!m.required) continue;
      const file = await application.uploadFile(owner, { stream: Readable.from(await materialPdf(m.name, who)), filename: `${m.name}.pdf` });
      given.push({ index: m.index, mode: 'file', fileIds: [file.id], certificateId: null, consent: false });
    }
    return given;
  }

  /** An online application of `who`, submitted (or kept as a draft) at `when`. */
  async function apply(who: 'zhangsan' | 'lisi', when: Date, submit = true): Promise<CaseView> {
    const actor = actors[who];
    return at(when, async () => {
      const draft = (await application.createCase(actor, { itemId, formValues: SHOPS[who], materials: [], submit: false, idempotencyKey: `demo-${who}-${when.getTime()}` })).view;
      if (specs.length === 0) specs = draft.materials;
      const saved = await application.updateCase(actor, draft.id, { formValues: SHOPS[who], materials: await materialsFor(actor) });
      made++;
      return submit ? application.submit(actor, saved.id) : saved;
    });
  }
  const accept = (c: CaseView, when: Date) => at(when, () => window.accept(actors.window, c.id, '材料齐全，符合法定形式，予以受理'));
  /** Approves the active step named `step` at `when`. */
  const approve = (c: CaseView, step: string, by: Actor, when: Date, opinion: string) => at(when, async () => {
    const current = await application.view(by, c.id);
    const target = current.steps.find((s) => s.name === step && s.status === 'active');
    if (!target) throw new Error(`demo case ${c.number}: no active step ${step}`);
    return review.approve(by, c.id, target.id, opinion);
  });

  try {
    // A draft the applicant has not sent yet.
    await apply('zhangsan', new Date(Date.now() - 2 * HOUR_MS), false);
    // Submitted this morning: in the hall's shared queue, waiting for acceptance.
    await apply('lisi', workdayBefore(0, 9));

    // Sent back for a correction, with everything missing in one notice (一次性告知).
    const corrected = await apply('lisi', workdayBefore(2, 15));
    await at(workdayBefore(1, 10), () => window.requestCorrection(actors.window, corrected.id, {
      items: [
        { materialIndex: 3, note: '经营布局平面图未标明食品处理区、就餐区的面积，请补充标注后重新上传' },
        { materialIndex: null, note: '经营场所地址应与不动产权证书一致，请核对门牌号' },
      ],
      note: '请一次性补正以上两项后在网上重新提交',
    }));

    // Accepted yesterday: at the bureau's examination, with time left.
    const examining = await apply('zhangsan', workdayBefore(2, 11));
    await accept(examining, workdayBefore(1, 9));

    // Accepted three working days ago: examined, the fire brigade has given its opinion, the decision is due.
    const dueSoon = await apply('lisi', workdayBefore(4, 14));
    await accept(dueSoon, workdayBefore(3, 9));
    await approve(dueSoon, '材料审查', actors.reviewer, workdayBefore(2, 10), '材料齐全，经营场所布局符合要求');
    await approve(dueSoon, '消防安全意见', actors.fire, workdayBefore(1, 16), '消防设施符合要求');

    // Accepted seven working days ago and still undecided: overdue, on the supervision list.
    const overdue = await apply('zhangsan', workdayBefore(8, 10));
    await accept(overdue, workdayBefore(7, 10));
    await approve(overdue, '材料审查', actors.reviewer, workdayBefore(6, 15), '材料齐全');

    // Filed at the window for the demo enterprise, decided, its licence issued: waiting at the window to be collected.
    const walkIn = await at(workdayBefore(6, 10), async () => {
      const input = {
        itemId, idempotencyKey: `demo-walk-in-${today}`,
        applicant: { kind: 'enterprise' as const, name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc, phone: DEMO_ENTERPRISE.phone },
        formValues: { ...SHOPS.zhangsan, operator_name: `${DEMO_ENTERPRISE.name}职工食堂`, main_business: '单位食堂', contact_phone: DEMO_ENTERPRISE.phone },
      };
      const filed = (await window.fileAtWindow(actors.window, { ...input, materials: await materialsFor(actors.window, DEMO_ENTERPRISE.name) })).view;
      made++;
      return filed;
    });
    await accept(walkIn, workdayBefore(6, 11));
    await approve(walkIn, '材料审查', actors.reviewer, workdayBefore(5, 10), '材料齐全');
    await approve(walkIn, '消防安全意见', actors.fire, workdayBefore(4, 10), '同意');
    await approve(walkIn, '许可决定', actors.approver, workdayBefore(3, 15), '准予许可');

    // Decided and delivered electronically: the licence is in 张三's wallet.
    const done = await apply('zhangsan', workdayBefore(12, 10));
    await accept(done, workdayBefore(11, 10));
    await approve(done, '材料审查', actors.reviewer, workdayBefore(10, 10), '材料齐全');
    await approve(done, '许可决定', actors.approver, workdayBefore(9, 11), '准予许可');
    await approve(done, '消防安全意见', actors.fire, workdayBefore(9, 16), '同意');
    await at(workdayBefore(9, 17), () => window.deliver(actors.window, done.id, { method: 'electronic' }));
  } catch (error) {
    if (error instanceof PdfFontMissing) return 0;
    throw error;
  }
  return made;
}
