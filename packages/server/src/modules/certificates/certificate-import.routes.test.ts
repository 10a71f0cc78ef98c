import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  citizenIdCheckChar, type CertificateImportView, type CertificateList, type CertificateTypeView, type CertificateView, type FieldIssue,
  type VerifyCertificateResult,
} from '@yiwang/contracts';
import { useApp, type Browser } from '../../../test/http.js';

// Monday 2 March 2026, 09:00 in China.
const t = useApp({ clock: () => new Date('2026-03-02T01:00:00Z') });

let approver: Browser;
let reviewer: Browser;
let citizen: Browser;
let health: CertificateTypeView;
let residence: CertificateTypeView;

const WANG = '430102199003071234';

const view = <T>(res: { json(): unknown; statusCode: number; body: string }) => {
  expect(res.statusCode, res.body.slice(0, 500)).toBeLessThan(300);
  return res.json() as T;
};

/** A valid citizen ID number of 芙蓉区 born on 1 January 1980 with serial `n`. */
const idNumber = (n: number) => {
  const first17 = `43010219800101${String(n).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17)!;
};

const HEADER = '持证人名称(holderName),持证人证件号码(holderCode),发证日期(issuedOn),有效期至(validTo),原证照编号(originalNumber),从业岗位(job),体检日期(exam_date),体检结论(result)';
const csvOf = (lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;

/** A multipart body as a browser's FormData sends it: the type's id and one file. */
function multipart(typeId: string, fileName: string, content: string) {
  const boundary = '----yiwangImportBoundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="typeId"\r\n\r\n${typeId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (as: Browser, typeId: string, content: string, fileName = '存量.csv') =>
  t.call(as, { method: 'POST', url: '/api/admin/certificate-imports', ...multipart(typeId, fileName, content) });

const certificateCount = async () => {
  const rows = await t.database.db.execute<{ n: number }>(sql`select cast(count(*) as integer) as n from certificates`);
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
};

/** Polls a job until it ends; every answer on the way, in order. */
async function finished(as: Browser, id: string): Promise<CertificateImportView[]> {
  const seen: CertificateImportView[] = [];
  for (let i = 0; i < 600; i++) {
    const job = view<CertificateImportView>(await t.call(as, { url: `/api/admin/certificate-imports/${id}` }));
    seen.push(job);
    if (job.status === 'done' || job.status === 'failed') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`import ${id} did not finish: ${JSON.stringify(seen.at(-1))}`);
}

const verify = async (id: string) => view<VerifyCertificateResult>(await t.call(null, { url: `/api/certificates/verify?id=${encodeURIComponent(id)}` }));

beforeAll(async () => {
  const catalogAdmin = await t.staff('i.catalog', ['catalog-admin'], '4301');
  approver = await t.staff('i.approver', ['dept-approver'], '4301', ['长沙市市场监督管理局']);
  reviewer = await t.staff('i.reviewer', ['dept-reviewer'], '4301', ['长沙市市场监督管理局']);
  [citizen] = await t.citizens();
  const create = async (payload: Record<string, unknown>) => {
    const res = await t.call(catalogAdmin, { method: 'POST', url: '/api/admin/certificate-types', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CertificateTypeView;
  };
  health = await create({
    name: '测试健康证明', departmentId: t.fx.byName('长沙市市场监督管理局').id, holderKind: 'person', validity: { kind: 'years', years: 1 },
    faceFields: [
      { key: 'name', label: '姓名', source: 'holder.name', public: true },
      { key: 'id_number', label: '公民身份号码', source: 'holder.code' },
      { key: 'job', label: '从业岗位', public: true },
      { key: 'exam_date', label: '体检日期', type: 'date' },
      { key: 'result', label: '体检结论', required: false },
      { key: 'valid_to', label: '有效期至', source: 'validTo', public: true },
    ],
  });
  residence = await create({
    name: '测试居住登记凭证', departmentId: t.fx.byName('长沙市公安局').id, holderKind: 'person', validity: { kind: 'permanent' },
    faceFields: [{ key: 'address', label: '居住地址' }],
  });
});

describe('the template', () => {
  it('has the holder, the dates, the original number and the face fields to fill in — not those the platform derives', async () => {
    const res = await t.call(approver, { url: `/api/admin/certificate-imports/template?typeId=${health.id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe('importing existing certificates (存量证照导入)', () => {
  it('imports every row of a good CSV; the certificates verify and reach the holder’s wallet', async () => {
    const before = await certificateCount();
    const file = csvOf([
      `王小二,${WANG},2025-06-01,,JK-2025-0001,厨师,2025/5/28,合格`,
      `张一,${idNumber(1)},2025-07-15,2026-07-14,JK-2025-0002,"面点师,兼帮厨",2025-07-10,`,
      `张二,${idNumber(2)},2025年8月1日,长期,,服务员,2025-07-30,合格`,
    ]);
    const res = await upload(approver, health.id, file);
    expect(res.statusCode, res.body).toBe(202);
    const started = res.json() as CertificateImportView;
    expect(started).toMatchObject({ typeName: '测试健康证明', status: 'importing', total: 3, format: 'csv', fileName: '存量.csv', errors: null });

    const last = (await finished(approver, started.id)).at(-1)!;
    expect(last).toMatchObject({ status: 'done', total: 3, done: 3, errors: null, message: '已导入 3 本测试健康证明', finishedAt: expect.any(String) });
    expect(await certificateCount()).toBe(before + 3);

    const wallet = view<CertificateView[]>(await t.call(citizen, { url: '/api/me/certificates' }));
    const mine = wallet.find((c) => c.type.name === '测试健康证明')!;
    expect(mine).toMatchObject({
      status: 'valid', version: 1, trustLevel: 'A', caseId: null, issuedOn: '2025-06-01', validFrom: '2025-06-01', validTo: '2026-05-31',
      holder: { name: '王小二', codeType: '111', code: WANG }, issuer: { name: '长沙市市场监督管理局' },
      face: [
        { key: 'name', value: '王小二' }, { key: 'id_number', value: WANG }, { key: 'job', value: '厨师' },
        { key: 'exam_date', value: '2025-05-28' }, { key: 'result', value: '合格' }, { key: 'valid_to', value: '2026-05-31' },
      ],
    });
    expect(mine.identifier).toContain(`.${health.code}.`);
    const result = await verify(mine.identifier);
    expect(result).toMatchObject({ outcome: 'valid', certificate: { holderName: '王**', face: [{ key: 'name' }, { key: 'job', value: '厨师' }, { key: 'valid_to' }] } });
    expect(result.signatures.map((s) => [s.algorithm, s.valid])).toEqual([['SM2-SM3', true], ['Ed25519', true]]);

    const others = view<CertificateList>(await t.call(approver, { url: `/api/admin/certificates?q=${idNumber(1)}` }));
    expect(others.items[0]).toMatchObject({ validTo: '2026-07-14', face: expect.arrayContaining([{ key: 'job', label: '从业岗位', value: '面点师,兼帮厨' }]) });
    expect((await verify(others.items[0]!.identifier)).outcome).toBe('valid');
    const permanent = view<CertificateList>(await t.call(approver, { url: `/api/admin/certificates?q=${idNumber(2)}` })).items[0]!;
    expect(permanent).toMatchObject({ issuedOn: '2025-08-01', validTo: null });

    const audit = await t.s.audit.search({ action: 'certificate:import', page: 1, pageSize: 5 } as never);
    expect(JSON.stringify(audit)).toContain(started.id);
    expect(JSON.stringify(audit)).toContain('"imported":3');
  });

  it('answers every bad row at once with its row number and column, and imports nothing', async () => {
    const before = await certificateCount();
    const first17 = idNumber(3).slice(0, 17);
    const wrongCheck = first17 + (citizenIdCheckChar(first17) === '0' ? '1' : '0');
    const file = csvOf([
      `李一,${idNumber(4)},2025-06-01,,JK-2025-0101,厨师,2025-05-28,合格`,
      `李二,${wrongCheck},2025-06-01,,JK-2025-0102,厨师,2025-05-28,合格`,
      `李三,${idNumber(5)},2025-06-01,,JK-2025-0103,厨师,2025-05-28,合格`,
      `李四,${idNumber(6)},2025-13-01,,JK-2025-0104,,2025-05-28,合格`,
    ]);
    const res = await upload(approver, health.id, file);
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json() as { code: string; message: string; issues: FieldIssue[] };
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.message).toContain('3 处错误');
    expect(body.issues).toEqual([
      { line: 3, field: '持证人证件号码(holderCode)', message: expect.stringContaining('公民身份号码不正确') },
      { line: 5, field: '发证日期(issuedOn)', message: expect.stringContaining('不是有效日期') },
      { line: 5, field: '从业岗位(job)', message: '请填写从业岗位' },
    ]);
    expect(await certificateCount()).toBe(before);

    // The refused upload is on record as a failed job with its errors.
    const jobs = view<CertificateImportView[]>(await t.call(approver, { url: '/api/admin/certificate-imports' }));
    expect(jobs[0]).toMatchObject({ status: 'failed', total: 4, done: 0, errors: body.issues });
  });

  it('refuses rows repeated in the file and rows imported before', async () => {
    const before = await certificateCount();
    const res = await upload(approver, health.id, csvOf([
      `王小二,${WANG},2025-06-01,,JK-2025-0001,厨师,2025-05-28,合格`,
      `赵一,${idNumber(7)},2025-06-01,,,厨师,2025-05-28,合格`,
      `赵一,${idNumber(7)},2024-06-01,,,厨师,2024-05-28,合格`,
    ]));
    expect(res.statusCode, res.body).toBe(422);
    expect((res.json() as { issues: FieldIssue[] }).issues).toEqual([
      { line: 2, field: '原证照编号(originalNumber)', message: expect.stringMatching(/^该证照已于 2026-03-02 导入（证照标识 1\.2\.156\.3005\.2\./) },
      { line: 4, field: '持证人证件号码(holderCode)', message: '与第 3 行重复（同一持证人，且都没有原证照编号）' },
    ]);
    expect(await certificateCount()).toBe(before);
  });

  it('says which columns a file lacks or does not know', async () => {
    const res = await upload(approver, health.id, '持证人名称(holderName),发证日期,公民身份号码,备注\r\n王小二,2025-06-01,1,2\r\n');
    expect(res.statusCode).toBe(422);
    expect((res.json() as { issues: FieldIssue[] }).issues).toEqual([
      { line: 1, field: '公民身份号码', message: expect.stringContaining('由系统按持证人证件号码自动填写') },
      { line: 1, field: '备注', message: expect.stringContaining('无法识别的列') },
      { line: 1, field: '表头', message: '缺少必填列：持证人证件号码(holderCode)、从业岗位(job)、体检日期(exam_date)' },
    ]);
  });

  it('takes JSON too, as a body or a file, with face fields under `face` and row numbers counted from 1', async () => {
    const before = await certificateCount();
    const bad = await t.call(approver, {
      method: 'POST', url: '/api/admin/certificate-imports',
      payload: {
        typeId: health.id,
        rows: [
          { holderName: '钱一', holderCode: idNumber(8), issuedOn: '2025-09-01', face: { job: '保洁', exam_date: '2025-08-30' } },
          { holderName: '钱二', holderCode: idNumber(9), issuedOn: '2025-09-01', face: { exam_date: '2025-08-30', colour: '红' } },
          { holderName: '钱三', holderCode: idNumber(10), issuedOn: '2027-01-01', face: { job: '保洁', exam_date: '2025-08-30' }, note: 'x' },
          { holderCode: idNumber(12), issuedOn: '2025-09-01', face: { job: '保洁', exam_date: '2025-08-30' } },
          { holderName: '钱五', holderCode: idNumber(13), issuedOn: { day: 1 }, face: { job: '保洁', exam_date: '2025-08-30' } },
        ],
      },
    });
    expect(bad.statusCode, bad.body).toBe(422);
    expect((bad.json() as { issues: FieldIssue[] }).issues).toEqual([
      { line: 2, field: 'face.colour', message: '"测试健康证明"没有照面项 colour' },
      { line: 2, field: 'face.job', message: '请填写从业岗位' },
      { line: 3, field: '行', message: expect.stringContaining('无法识别的字段：note') },
      { line: 4, field: 'holderName', message: '请填写持证人名称' },
      { line: 5, field: 'issuedOn', message: '应为文字或数字' },
    ]);
    expect(await certificateCount()).toBe(before);

    const good = await t.call(approver, {
      method: 'POST', url: '/api/admin/certificate-imports',
      payload: {
        typeId: health.id, fileName: 'stock.json',
        rows: [
          { holderName: '钱一', holderCode: idNumber(8), issuedOn: '2025-09-01', originalNumber: 'JK-9', face: { job: '保洁', exam_date: '2025-08-30' } },
          { holderName: '钱二', holderCode: idNumber(9), issuedOn: '2025-09-01', validTo: null, face: { job: '保洁', exam_date: '2025-08-30', result: 42 } },
        ],
      },
    });
    expect(good.statusCode, good.body).toBe(202);
    const job = good.json() as CertificateImportView;
    expect(job).toMatchObject({ format: 'json', fileName: 'stock.json', total: 2 });
    expect((await finished(approver, job.id)).at(-1)).toMatchObject({ status: 'done', total: 2, done: 2 });

    const file = await upload(approver, health.id, JSON.stringify({ rows: [{ holderName: '孙一', holderCode: idNumber(11), issuedOn: '2025-10-01', face: { job: '采购', exam_date: '2025-09-30' } }] }), 'stock.json');
    expect(file.statusCode, file.body).toBe(202);
    expect((await finished(approver, (file.json() as CertificateImportView).id)).at(-1)).toMatchObject({ status: 'done', format: 'json', done: 1 });
    expect(await certificateCount()).toBe(before + 3);
    const qian = view<CertificateList>(await t.call(approver, { url: `/api/admin/certificates?q=${idNumber(9)}` })).items[0]!;
    expect(qian).toMatchObject({ validTo: '2026-08-31', face: expect.arrayContaining([{ key: 'result', label: '体检结论', value: '42' }]) });
  });

  it('reports progress until done = total, signing in steps', async () => {
    const n = 180;
    const lines = Array.from({ length: n }, (_, i) => `周${i},${idNumber(100 + i)},2025-11-01,,P-${i},厨师,2025-10-30,合格`);
    const res = await upload(approver, health.id, csvOf(lines));
    expect(res.statusCode, res.body).toBe(202);
    const seen = await finished(approver, (res.json() as CertificateImportView).id);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ status: 'done', total: n, done: n });
    const progress = seen.map((s) => s.done);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(seen.every((s) => s.total === n && ['importing', 'done'].includes(s.status))).toBe(true);
    const listed = view<CertificateList>(await t.call(approver, { url: `/api/admin/certificates?q=${idNumber(100 + n - 1)}` }));
    expect(listed.total).toBe(1);
  });
});

describe('all or nothing', () => {
  it('writes the same file uploaded twice at once only once: the later job fails whole, naming the rows', async () => {
    const before = await certificateCount();
    const n = 120;
    const file = csvOf(Array.from({ length: n }, (_, i) => `郑${i},${idNumber(400 + i)},2025-12-01,,R-${i},厨师,2025-11-30,合格`));
    const [a, b] = await Promise.all([upload(approver, health.id, file), upload(approver, health.id, file)]);
    const outcomes = [];
    for (const res of [a, b]) {
      if (res.statusCode === 422) outcomes.push({ status: 'refused', issues: (res.json() as { issues: FieldIssue[] }).issues });
      else outcomes.push((await finished(approver, view<CertificateImportView>(res).id)).at(-1)!);
    }
    expect(outcomes.filter((o) => o.status === 'done')).toHaveLength(1);
    const other = outcomes.find((o) => o.status !== 'done')!;
    // Either refused on upload, or — both checked before either wrote — failed in the writing transaction.
    const issues = 'errors' in other ? other.errors! : (other as { issues: FieldIssue[] }).issues;
    expect(issues).toHaveLength(n);
    expect(issues[0]).toMatchObject({ line: 2, message: expect.stringContaining('不能重复导入') });
    expect(await certificateCount()).toBe(before + n);
  });
});

describe('who may import', () => {
  it('refuses staff without certificate:manage, and another department’s type; nothing is imported', async () => {
    const before = await certificateCount();
    const file = csvOf([`吴一,${idNumber(50)},2025-06-01,,,厨师,2025-05-28,合格`]);
    const denied = await upload(reviewer, health.id, file);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.call(reviewer, { url: `/api/admin/certificate-imports/template?typeId=${health.id}` })).statusCode).toBe(403);

    const foreign = await upload(approver, residence.id, `居住地址(address),持证人名称(holderName),持证人证件号码(holderCode),发证日期(issuedOn)\r\n长沙市,吴一,${idNumber(50)},2025-06-01\r\n`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'FORBIDDEN', message: '该对象不属于您所在的部门' });
    expect((await t.call(approver, { url: `/api/admin/certificate-imports/template?typeId=${residence.id}` })).statusCode).toBe(403);

    const police = await t.staff('i.police', ['dept-approver'], '4301', ['长沙市公安局']);
    const jobs = view<CertificateImportView[]>(await t.call(approver, { url: '/api/admin/certificate-imports' }));
    expect((await t.call(police, { url: `/api/admin/certificate-imports/${jobs[0]!.id}` })).statusCode).toBe(403);
    expect(view<CertificateImportView[]>(await t.call(police, { url: '/api/admin/certificate-imports' }))).toEqual([]);
    expect(await certificateCount()).toBe(before);
  });

  it('refuses more rows than the limit and an unknown job', async () => {
    const rows = Array.from({ length: 5001 }, () => ({ holderName: '某', holderCode: WANG, issuedOn: '2025-01-01' }));
    const res = await t.call(approver, { method: 'POST', url: '/api/admin/certificate-imports', payload: { typeId: health.id, rows } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'CERTIFICATE_IMPORT_TOO_LARGE', message: '一次最多导入 5000 本证照，本文件有 5001 行，请分批导入' });
    const missing = await t.call(approver, { url: '/api/admin/certificate-imports/7d1f2c1e-0d3a-4c43-9a55-3f7b1f0c2a11' });
    expect(missing.json()).toMatchObject({ code: 'CERTIFICATE_IMPORT_NOT_FOUND' });
  });
});
