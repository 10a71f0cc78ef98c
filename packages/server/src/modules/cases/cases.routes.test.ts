import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ItemContent, SaveDepartmentRequest, systemActor, type CaseView, type FormFieldInput } from '@yiwang/contracts';
import { readSeedData } from '../../../seed/data.js';
import { sampleContent } from '../../../test/fixtures.js';
import { useApp, type Browser } from '../../../test/http.js';
import { createServices } from '../../app.js';
import { caseAttempts, transition } from './case-writer.js';

const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-uploads-'));
// Monday 2 March 2026, 09:00 in China; tests that move the clock get it back afterwards.
const START = Date.parse('2026-03-02T09:00:00+08:00');
const now = { t: START };
afterEach(() => { now.t = START; });
const t = useApp({ clock: () => new Date(now.t), uploads: { dir: uploadsDir, maxBytes: 64 * 1024 } });
const days = (n: number) => { now.t += n * 86_400_000; };

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const FORM: FormFieldInput[] = [
  { key: 'shop_name', label: '店铺名称', type: 'text', required: true },
  { key: 'area', label: '经营面积（平方米）', type: 'number', required: true },
  { key: 'kind', label: '经营类别', type: 'select', required: true, options: ['餐饮服务', '食品销售'] },
  { key: 'phone', label: '联系电话', type: 'phone', required: false },
];

function multipart(filename: string, body: Buffer) {
  const boundary = '----yiwangtest';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    body, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

let itemId = '';
let citizen: Browser;
let other: Browser;
let clerk: Browser;
let zhuzhouClerk: Browser;
let reviewer: Browser;
let approver: Browser;
let police: Browser;

async function upload(as: Browser, name = '申请书.pdf', body = PDF) {
  const m = multipart(name, body);
  return t.call(as, { method: 'POST', url: '/api/files', payload: m.payload, headers: m.headers });
}

async function apply(as: Browser, key: string, overrides: Record<string, unknown> = {}) {
  const file = (await upload(as)).json() as { id: string };
  return t.call(as, {
    method: 'POST', url: '/api/cases',
    payload: {
      itemId, idempotencyKey: key, submit: true,
      formValues: { shop_name: '湘味小馆', area: 60, kind: '餐饮服务', phone: '13800138000' },
      materials: [{ index: 0, mode: 'file', fileIds: [file.id] }, { index: 1, mode: 'shared-data' }],
      ...overrides,
    },
  });
}

const view = (res: { json(): unknown }) => res.json() as CaseView;

beforeAll(async () => {
  await t.s.calendar.seedYears(readSeedData('calendar.json'));
  const content = ItemContent.parse(sampleContent({
    name: '食品经营许可（测试）', onlineDepth: '4', trips: 0, promisedLimit: { value: 5, unit: 'working-day' },
    materials: [
      { name: '食品经营许可申请书', source: 'applicant' },
      { name: '营业执照', source: 'government', replaceableByCertificates: ['营业执照'] },
      { name: '场所使用证明', cancelled: true },
    ],
    applicationForm: FORM,
    reviewFlow: [
      { name: '审查', steps: [{ name: '材料审查', sector: null, role: 'dept-reviewer' }] },
      { name: '决定', steps: [{ name: '许可决定', sector: null, role: 'dept-approver' }, { name: '消防安全意见', sector: 'public-security', role: 'dept-reviewer' }] },
    ],
  }));
  itemId = await t.publishItem('000201099001', content);
  [citizen, other] = await t.citizens();
  clerk = await t.staff('c.window', ['window-clerk'], '4301');
  zhuzhouClerk = await t.staff('c.zhuzhou', ['window-clerk'], '4302');
  reviewer = await t.staff('c.reviewer', ['dept-reviewer'], '4301', ['长沙市市场监督管理局']);
  approver = await t.staff('c.approver', ['dept-approver'], '4301', ['长沙市市场监督管理局']);
  police = await t.staff('c.police', ['dept-reviewer'], '4301', ['长沙市公安局']);
});

describe('uploads', () => {
  it('keeps a PDF by its content hash and refuses a forbidden type or an oversize file, leaving nothing behind', async () => {
    const ok = await upload(citizen);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ name: '申请书.pdf', mime: 'application/pdf', size: PDF.length });
    const rowsBefore = await t.database.db.execute(sql`select count(*)::int as n from files`) as unknown as { rows: { n: number }[] };

    const text = await upload(citizen, 'notes.txt', Buffer.from('plain text is not a material'));
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ code: 'UPLOAD_TYPE_REFUSED', field: 'file' });
    const big = await upload(citizen, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(70 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toMatch(/UPLOAD_TOO_LARGE|VALIDATION_FAILED/);

    const rowsAfter = await t.database.db.execute(sql`select count(*)::int as n from files`) as unknown as { rows: { n: number }[] };
    expect(rowsAfter.rows[0]!.n).toBe(rowsBefore.rows[0]!.n);
    expect(fs.readdirSync(path.join(uploadsDir, 'tmp'))).toEqual([]);
    const stored = fs.readdirSync(uploadsDir).filter((d) => d !== 'tmp');
    expect(stored).toHaveLength(1);
  });
});

describe('applying online', () => {
  it('names the wrong form field and the missing material', async () => {
    const res = await apply(citizen, 'bad-form-0001', { formValues: { shop_name: '', area: 'abc', kind: '其他' }, materials: [] });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().issues as { field: string }[]).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['formValues.shop_name', 'formValues.area', 'formValues.kind', 'materials.0', 'materials.1']));
    expect(fields).not.toContain('materials.2'); // cancelled: never asked for
  });

  it('creates one case for two submissions with the same idempotency key, with a readable number', async () => {
    const first = await apply(citizen, 'same-key-0001');
    const second = await apply(citizen, 'same-key-0001');
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(view(second).id).toBe(view(first).id);
    expect(view(first)).toMatchObject({ status: 'submitted', number: expect.stringMatching(/^430100-20260302-\d{5}$/), actions: ['withdraw'] });
    expect(view(first).applicant.idNumber).toBe('4301**********1234');
    // Staff see phone and ID numbers in form values masked; the applicant sees their own.
    const asStaff = view(await t.call(clerk, { url: `/api/staff/cases/${view(first).id}` }));
    expect(asStaff.formValues.phone).toBe('138****8000');
    expect(view(first).formValues.phone).toBe('13800138000');
  });

  it('takes the item as it stands, though this server last read it before another changed it', async () => {
    // Another server process on the same database: this one's memory of the item is not told of its writes.
    const elsewhere = createServices(t.database.db, { identity: t.config });
    const system = systemActor('测试');
    const market = t.fx.byName('长沙市市场监督管理局');
    const rename = (name: string) => elsewhere.regions.updateDepartment(market.id, SaveDepartmentRequest.parse({
      name, uscc: market.uscc, regionCode: market.regionCode, nature: market.nature, dockingMode: market.dockingMode, sector: market.sector,
    }), system);
    expect(view(await apply(citizen, 'as-it-stands-1')).department.name).toBe('长沙市市场监督管理局');
    await rename('长沙市市场监管局');
    try {
      expect(view(await apply(citizen, 'as-it-stands-2')).department.name).toBe('长沙市市场监管局');
    } finally {
      await rename('长沙市市场监督管理局');
    }
    await elsewhere.catalog.changeItemStatus(itemId, 'suspend', '法规修订中', system);
    try {
      const refused = await apply(citizen, 'as-it-stands-3');
      expect(refused.statusCode).toBe(404);
      expect(refused.json()).toMatchObject({ code: 'ITEM_NOT_FOUND', field: 'itemId', message: '该事项不存在或已暂停办理，暂不能申报' });
      const [kept] = (await t.database.db.execute(sql`select count(*)::int as n from cases where idempotency_key = 'as-it-stands-3'`) as unknown as { rows: { n: number }[] }).rows;
      expect(kept!.n).toBe(0);
    } finally {
      await elsewhere.catalog.changeItemStatus(itemId, 'resume', null, system);
    }
    expect(view(await apply(citizen, 'as-it-stands-4')).department.name).toBe('长沙市市场监督管理局');
  });

  it('checks an application against the item’s form as it stands, not as this server last read it', async () => {
    const elsewhere = createServices(t.database.db, { identity: t.config });
    const system = systemActor('测试');
    const withForm = (form: FormFieldInput[]) => ItemContent.parse(sampleContent({
      name: '摊位登记（测试）', onlineDepth: '4', trips: 0, promisedLimit: { value: 5, unit: 'working-day' },
      materials: [{ name: '摊位登记申请书', source: 'applicant' }], applicationForm: form,
    }));
    const stall = await t.publishItem('000201099002', withForm(FORM));
    const send = async (key: string) => {
      const file = (await upload(citizen)).json() as { id: string };
      return t.call(citizen, {
        method: 'POST', url: '/api/cases',
        payload: { itemId: stall, idempotencyKey: key, submit: true, formValues: { shop_name: '湘味小馆', kind: '餐饮服务' }, materials: [{ index: 0, mode: 'file', fileIds: [file.id] }] },
      });
    };
    const refused = await send('form-as-it-stands-1');
    expect(refused.statusCode).toBe(400);
    expect((refused.json().issues as { field: string }[]).map((i) => i.field)).toEqual(['formValues.area']);
    // Another server publishes a version whose form no longer asks for the area.
    await elsewhere.catalog.saveDraft(stall, { content: withForm(FORM.filter((f) => f.key !== 'area')), baseDraftVersion: null }, system);
    await elsewhere.catalog.publish(stall, system);
    const taken = await send('form-as-it-stands-2');
    expect(taken.statusCode, taken.body).toBe(201);
    expect(view(taken)).toMatchObject({ status: 'submitted', formValues: { shop_name: '湘味小馆', kind: '餐饮服务' } });
  });

  it('keeps another applicant out, and a hall outside the case’s region', async () => {
    const mine = view(await apply(citizen, 'privacy-0001'));
    expect((await t.call(other, { url: `/api/cases/${mine.id}` })).statusCode).toBe(404);
    const far = await t.call(zhuzhouClerk, { method: 'POST', url: `/api/window/cases/${mine.id}/accept`, payload: {} });
    expect(far.statusCode).toBe(403);
    expect((await t.call(zhuzhouClerk, { url: `/api/staff/cases/${mine.id}` })).statusCode).toBe(403);
  });
});

describe('one window, two departments', () => {
  it('goes from submission through correction, acceptance and parallel approval to delivery', async () => {
    const submitted = view(await apply(citizen, 'lifecycle-0001'));
    const queue = (await t.call(clerk, { url: '/api/window/queue' })).json() as { cases: { id: string }[] };
    expect(queue.cases.map((c) => c.id)).toContain(submitted.id);

    // 一次性告知: one notice with everything missing.
    const corr = await t.call(clerk, {
      method: 'POST', url: `/api/window/cases/${submitted.id}/request-correction`,
      payload: { items: [{ materialIndex: 0, note: '申请书缺少法定代表人签字' }, { materialIndex: null, note: '经营面积与场所证明不一致' }], note: '' },
    });
    expect(view(corr)).toMatchObject({ status: 'correction', correction: { items: [{ materialIndex: 0 }, { materialIndex: null }] } });
    const notice = await t.call(citizen, { url: `/api/cases/${submitted.id}/notices/correction` });
    expect(notice.statusCode, notice.body.slice(0, 200)).toBe(200);
    expect(notice.headers['content-type']).toBe('application/pdf');
    expect(notice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.call(citizen, { url: `/api/cases/${submitted.id}/notices/acceptance` })).statusCode).toBe(404);
    expect((await t.call(other, { url: `/api/cases/${submitted.id}/notices/correction` })).statusCode).toBe(404);
    const fixed = (await upload(citizen, '申请书（已签字）.pdf')).json() as { id: string };
    await t.call(citizen, {
      method: 'PUT', url: `/api/cases/${submitted.id}`,
      payload: { formValues: { shop_name: '湘味小馆', area: 58, kind: '餐饮服务' }, materials: [{ index: 0, mode: 'file', fileIds: [fixed.id] }, { index: 1, mode: 'shared-data' }] },
    });
    expect(view(await t.call(citizen, { method: 'POST', url: `/api/cases/${submitted.id}/resubmit` })).status).toBe('submitted');

    // 受理 on Monday 2 March: 5 working days → Monday 9 March.
    const accepted = view(await t.call(clerk, { method: 'POST', url: `/api/window/cases/${submitted.id}/accept`, payload: { opinion: '材料齐全' } }));
    expect(accepted).toMatchObject({ status: 'in-review', deadline: { known: true, due: '2026-03-09', remainingWorkdays: 5, level: 'normal' } });
    expect(accepted.steps).toMatchObject([{ stage: 0, name: '材料审查', status: 'active', department: { name: '长沙市市场监督管理局' } }]);
    const first = accepted.steps[0]!.id;
    const acceptance = await t.call(clerk, { url: `/api/staff/cases/${submitted.id}/notices/acceptance` });
    expect(acceptance.headers['content-type']).toBe('application/pdf');
    expect(acceptance.rawPayload.length).toBeGreaterThan(5000);
    const wrongDept = await t.call(police, { method: 'POST', url: `/api/review/cases/${submitted.id}/steps/${first}/approve`, payload: {} });
    expect(wrongDept.statusCode).toBe(403);
    expect(wrongDept.json().message).toBe('该环节不属于您所在的部门');

    const myQueue = (await t.call(reviewer, { url: '/api/review/queue' })).json() as { id: string; stepId: string }[];
    expect(myQueue.find((q) => q.id === submitted.id)?.stepId).toBe(first);
    const stage2 = view(await t.call(reviewer, { method: 'POST', url: `/api/review/cases/${submitted.id}/steps/${first}/approve`, payload: { opinion: '符合条件' } }));
    const parallel = stage2.steps.filter((s) => s.stage === 1);
    expect(parallel.map((s) => [s.name, s.department.name, s.status])).toEqual(expect.arrayContaining([
      ['许可决定', '长沙市市场监督管理局', 'active'], ['消防安全意见', '长沙市公安局', 'active'],
    ]));
    // The reviewer may not take the approver's step.
    const decision = parallel.find((s) => s.name === '许可决定')!.id;
    expect((await t.call(reviewer, { method: 'POST', url: `/api/review/cases/${submitted.id}/steps/${decision}/approve`, payload: {} })).statusCode).toBe(403);
    const afterOne = view(await t.call(approver, { method: 'POST', url: `/api/review/cases/${submitted.id}/steps/${decision}/approve`, payload: { opinion: '准予许可' } }));
    expect(afterOne.status).toBe('in-review');
    const fire = parallel.find((s) => s.name === '消防安全意见')!.id;
    const done = view(await t.call(police, { method: 'POST', url: `/api/review/cases/${submitted.id}/steps/${fire}/approve`, payload: { opinion: '无意见' } }));
    expect(done.status).toBe('approved');

    expect((await t.call(citizen, { method: 'POST', url: `/api/cases/${submitted.id}/withdraw`, payload: { reasons: '不想办了' } })).json().code).toBe('CASE_TRANSITION_NOT_ALLOWED');
    const delivered = view(await t.call(clerk, { method: 'POST', url: `/api/window/cases/${submitted.id}/deliver`, payload: { method: 'pickup', recipient: '王小二' } }));
    expect(delivered.status).toBe('delivered');
    expect(delivered.events.map((e) => e.action)).toEqual([
      'submit', 'request-correction', 'resubmit', 'accept', 'approve-step', 'approve-step', 'approve-step', 'deliver',
    ]);
    const messages = (await t.call(citizen, { url: '/api/me/messages' })).json() as { title: string; caseId: string }[];
    expect(messages.filter((m) => m.caseId === submitted.id).map((m) => m.title)).toEqual(expect.arrayContaining([
      '申请已提交', '请补正材料（一次性告知）', '申请已受理', '办件已办结（准予）', '办理结果已送达',
    ]));

    // What each action answered, built from the rows in hand, is what a fresh read (one statement) finds.
    const reread = view(await t.call(clerk, { url: `/api/staff/cases/${submitted.id}` }));
    expect(reread).toEqual(delivered);
    expect(reread.materials[0]!.files).toHaveLength(1);

    // Every staff action on the case is in the audit log, written in its own transaction, and the chain holds.
    const audit = await t.s.audit.search({ resourceType: 'case', resourceId: submitted.id, page: 1, pageSize: 50 });
    expect(audit.entries.map((e) => e.action).sort()).toEqual(
      ['case:accept', 'case:approve-step', 'case:approve-step', 'case:approve-step', 'case:deliver', 'case:request-correction'].sort(),
    );
    expect(audit.entries.every((e) => e.outcome === 'succeeded' && e.ip !== null)).toBe(true);
    expect((await t.s.audit.verify()).ok).toBe(true);

    const lookup = await t.call(null, { url: `/api/cases/lookup?number=${delivered.number}&phoneLast4=8000` });
    expect(lookup.json()).toMatchObject({ number: delivered.number, status: 'delivered', itemName: '食品经营许可（测试）' });
    expect(lookup.body).not.toContain('王小二');
    expect((await t.call(null, { url: `/api/cases/lookup?number=${delivered.number}&phoneLast4=1234` })).statusCode).toBe(404);
  });

  it('lets only one of two clerks accepting the same case at the same moment succeed', async () => {
    const c = view(await apply(citizen, 'race-0001'));
    const clerk2 = await t.staff('c.window2', ['window-clerk'], '4301');
    const [a, b] = await Promise.all([
      t.call(clerk, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} }),
      t.call(clerk2, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(['CASE_CONFLICT', 'CASE_TRANSITION_NOT_ALLOWED']).toContain(loser.json().code);
    const events = view(await t.call(citizen, { url: `/api/cases/${c.id}` })).events.filter((e) => e.action === 'accept');
    expect(events).toHaveLength(1);
    const steps = await t.database.db.execute(sql`select count(*)::int as n from case_steps where case_id = ${c.id}`) as unknown as { rows: { n: number }[] };
    expect(steps.rows[0]!.n).toBe(1);
  });

  it('lets two departments approve their parallel steps at the same moment: both succeed, the last concludes', async () => {
    const c = view(await apply(citizen, 'parallel-0001'));
    const accepted = view(await t.call(clerk, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} }));
    const stage2 = view(await t.call(reviewer, { method: 'POST', url: `/api/review/cases/${c.id}/steps/${accepted.steps[0]!.id}/approve`, payload: {} }));
    const decision = stage2.steps.find((s) => s.name === '许可决定')!.id;
    const fire = stage2.steps.find((s) => s.name === '消防安全意见')!.id;
    const [a, b] = await Promise.all([
      t.call(approver, { method: 'POST', url: `/api/review/cases/${c.id}/steps/${decision}/approve`, payload: {} }),
      t.call(police, { method: 'POST', url: `/api/review/cases/${c.id}/steps/${fire}/approve`, payload: {} }),
    ]);
    expect([a.statusCode, b.statusCode], `${a.body.slice(0, 200)} ${b.body.slice(0, 200)}`).toEqual([200, 200]);
    const final = view(await t.call(citizen, { url: `/api/cases/${c.id}` }));
    expect(final.status).toBe('approved');
    expect(final.events.filter((e) => e.action === 'approve-step')).toHaveLength(3);
  });

  it('runs a staff action again when another wrote the case between its read and its write, and in a transaction when it gathers more than one statement holds', async () => {
    const c = view(await apply(citizen, 'retry-0001'));
    const accepted = view(await t.call(clerk, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} }));
    const step = accepted.steps[0]!.id;
    const attempt = caseAttempts(t.database.db, () => new Date(now.t));
    const actor = systemActor('测试');
    let runs = 0;
    await attempt(async (tx) => {
      runs += 1;
      const agg = (await tx.repo.loadCase(c.id))!;
      // The first time, a reviewer's extension lands after the read: this attempt's write must not.
      if (runs === 1) expect((await t.call(reviewer, { method: 'POST', url: `/api/review/cases/${c.id}/steps/${step}/extend`, payload: { workdays: 1, reason: '先到者' } })).statusCode).toBe(200);
      await transition(tx, agg, 'extend', { actor, role: null, opinion: '后到者', stepId: step });
    });
    expect(runs).toBe(2);
    const after = view(await t.call(citizen, { url: `/api/cases/${c.id}` }));
    expect(after.events.slice(-2).map((e) => [e.action, e.opinion])).toEqual([['extend', '先到者'], ['extend', '后到者']]);
    expect(after.events.map((e) => e.seq)).toEqual(after.events.map((_, i) => i + 1));

    // A second audit entry is more than the one statement holds: the first run writes nothing, the second runs in a
    // transaction and writes both entries with the event.
    const audited = async () => ((await t.database.db.execute(sql`select count(*)::int as n from audit_log where detail->>'note' = '第二条'`)) as unknown as { rows: { n: number }[] }).rows;
    await attempt(async (tx) => {
      runs += 1;
      const agg = (await tx.repo.loadCase(c.id))!;
      await transition(tx, agg, 'extend', { actor, role: null, opinion: '两条审计', stepId: step });
      const entry = { actor: { id: actor.id, name: actor.name, role: 'system' }, action: 'case:extend', resource: { type: 'case', id: c.id }, outcome: 'succeeded' as const };
      tx.audit.push({ ...entry, detail: { note: '第一条' } }, { ...entry, detail: { note: '第二条' } });
    });
    expect(runs).toBe(4);
    const last = view(await t.call(citizen, { url: `/api/cases/${c.id}` })).events;
    expect(last.filter((e) => e.opinion === '两条审计')).toHaveLength(1);
    expect((await audited())[0]).toEqual({ n: 1 });
  });

  it('stops the clock during a special procedure and moves the due date by an extension', async () => {
    const c = view(await apply(citizen, 'clock-0001'));
    const accepted = view(await t.call(clerk, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} }));
    const acceptedOn = accepted.deadline!.due;
    const step = accepted.steps[0]!.id;
    const base = `/api/review/cases/${c.id}/steps/${step}`;
    expect(view(await t.call(reviewer, { method: 'POST', url: `${base}/special/start`, payload: { kind: 'expert-review', reason: '需专家论证工艺流程' } })).deadline!.paused).toBe(true);
    expect((await t.call(reviewer, { method: 'POST', url: `${base}/approve`, payload: {} })).json().code).toBe('CASE_TRANSITION_NOT_ALLOWED');
    days(2); // Wednesday: Monday (start), Tuesday and Wednesday are spent in the procedure
    const later = await t.signIn('c.reviewer'); // two days on, the morning's session has ended
    const ended = view(await t.call(later, { method: 'POST', url: `${base}/special/end`, payload: {} }));
    expect(ended.deadline).toMatchObject({ paused: false });
    // Accepted Monday 2 March with 5 working days: due 9 March. The procedure ran Monday to Wednesday; the day of
    // acceptance is not on the clock, so Tuesday and Wednesday move the due date by two working days.
    expect(acceptedOn).toBe('2026-03-09');
    expect(ended.steps[0]!.deadline!.due).toBe('2026-03-11');
    const extended = view(await t.call(later, { method: 'POST', url: `${base}/extend`, payload: { workdays: 3, reason: '情况复杂' } }));
    expect(extended.steps[0]!.deadline!.due).toBe('2026-03-16');
    const badExtend = await t.call(later, { method: 'POST', url: `${base}/extend`, payload: { workdays: 0, reason: '' } });
    expect(badExtend.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'workdays' });
  });

  it('counts a case as accepted on receipt when the window let 5 working days pass without a correction notice', async () => {
    const onTime = view(await apply(citizen, 'art32-0001')); // Monday 2 March
    const late = view(await apply(citizen, 'art32-0002'));
    days(7); // Monday 9 March: the 5th working day after receipt, still in time
    const clerkLater = await t.signIn('c.window');
    const inTime = view(await t.call(clerkLater, { method: 'POST', url: `/api/window/cases/${onTime.id}/accept`, payload: {} }));
    expect(inTime.deadline).toMatchObject({ due: '2026-03-16', level: 'normal' });
    expect(inTime.events.at(-1)!.data).toEqual({});
    days(1); // Tuesday 10 March: too late to ask for corrections — 行政许可法 32: accepted on receipt
    const clerkLatest = await t.signIn('c.window');
    const deemed = view(await t.call(clerkLatest, { method: 'POST', url: `/api/window/cases/${late.id}/accept`, payload: {} }));
    expect(deemed.events.at(-1)).toMatchObject({ action: 'accept', data: { deemedAcceptedOn: '2026-03-02' } });
    // The clock ran from Monday 2 March: 5 working days, due Monday 9 March, overdue by now.
    expect(deemed.deadline).toMatchObject({ due: '2026-03-09', level: 'red' });
  });

  it('shows overdue cases to the supervisor in red', async () => {
    const c = view(await apply(citizen, 'overdue-0001'));
    await t.call(clerk, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} });
    await t.staff('c.supervisor', ['supervisor'], '4301');
    days(14);
    const supervisor = await t.signIn('c.supervisor');
    const red = (await t.call(supervisor, { url: '/api/supervision/cases?level=red' })).json() as { id: string; deadline: { level: string; remainingWorkdays: number } }[];
    const mine = red.find((x) => x.id === c.id);
    expect(mine?.deadline.level).toBe('red');
    expect(mine!.deadline.remainingWorkdays).toBeLessThan(0);
  });

  it('lets the applicant withdraw before the decision', async () => {
    const c = view(await apply(citizen, 'withdraw-0001'));
    const w = view(await t.call(citizen, { method: 'POST', url: `/api/cases/${c.id}/withdraw`, payload: { reasons: '信息填写有误' } }));
    expect(w.status).toBe('withdrawn');
    expect((await t.call(clerk, { method: 'POST', url: `/api/window/cases/${c.id}/accept`, payload: {} })).json().code).toBe('CASE_TRANSITION_NOT_ALLOWED');
  });
});
