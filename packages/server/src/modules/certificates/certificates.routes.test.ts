import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  ItemContent, systemActor, type CaseView, type CertificateTypeView, type CertificateView, type VerifyCertificateResult,
} from '@yiwang/contracts';
import { sampleContent } from '../../../test/fixtures.js';
import { useApp, type Browser } from '../../../test/http.js';
import { answer, approvedCase as approvedCaseOf, publishCertificateItem, SHOP_FORM } from '../../../test/certificates.js';

// Monday 2 March 2026, 09:00 in China.
const now = { t: Date.parse('2026-03-02T09:00:00+08:00') };
// Signatures are checked on a thread beside the event loop, as the platform runs by default.
const t = useApp({ clock: () => new Date(now.t), verifyThreads: 1 });

let itemId = '';
let citizen: Browser;
let other: Browser;
let admin: Browser;
let catalogAdmin: Browser;
let clerk: Browser;
let approver: Browser;
let police: Browser;
let type: CertificateTypeView;

const view = answer;
const approvedCase = (key: string, shop?: string) => approvedCaseOf(t, { citizen, clerk, approver }, itemId, key, shop);

const verify = async (id: string) => view<VerifyCertificateResult>(await t.call(null, { url: `/api/certificates/verify?id=${encodeURIComponent(id)}` }));

beforeAll(async () => {
  itemId = await publishCertificateItem(t, '000201099002', '食品经营许可（发证测试）', '测试经营许可证');
  [citizen, other] = await t.citizens();
  admin = await t.staff('k.admin', ['platform-admin'], '4301');
  catalogAdmin = await t.staff('k.catalog', ['catalog-admin'], '4301');
  clerk = await t.staff('k.window', ['window-clerk'], '4301');
  approver = await t.staff('k.approver', ['dept-approver'], '4301', ['长沙市市场监督管理局']);
  police = await t.staff('k.police', ['dept-reviewer'], '4301', ['长沙市公安局']);
  const res = await t.call(catalogAdmin, {
    method: 'POST', url: '/api/admin/certificate-types',
    payload: {
      name: '测试经营许可证', departmentId: t.fx.byName('长沙市市场监督管理局').id, holderKind: 'organisation', validity: { kind: 'years', years: 5 },
      faceFields: [
        { key: 'operator', label: '经营者名称', source: 'form.shop_name', public: true },
        { key: 'holder_code', label: '证件号码', source: 'holder.code', public: true },
        { key: 'premises', label: '经营场所', source: 'form.premises' },
        { key: 'valid_to', label: '有效期至', source: 'validTo', public: true },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  type = res.json() as CertificateTypeView;
});

describe('certificate types', () => {
  it('derive their code from the defining department’s USCC and name the field that is wrong', async () => {
    expect(type.code).toBe(`${t.fx.byName('长沙市市场监督管理局').uscc}001`);
    const dup = await t.call(catalogAdmin, { method: 'PUT', url: `/api/admin/certificate-types/${type.id}`, payload: { ...type, departmentId: type.department.id, faceFields: [...type.faceFields, type.faceFields[0]] } });
    expect(dup.json(), dup.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'faceFields.4.key' }] });
    const refused = await t.call(approver, { method: 'POST', url: '/api/admin/certificate-types', payload: { ...type, departmentId: type.department.id, name: '另一种证' } });
    expect(refused.statusCode).toBe(403);
  });
});

describe('issuing on approval and verifying', () => {
  it('issues the certificate in the approval, into the holder’s wallet, and anyone verifies it as valid', async () => {
    const { caseView, identifier } = await approvedCase('cert-0001');
    expect(identifier).toMatch(new RegExp(`^1\\.2\\.156\\.3005\\.2\\.${type.code}\\.[0-9A-Z]{18}\\.202600000001\\.001\\.[0-9A-Z]$`));
    const wallet = view<CertificateView[]>(await t.call(citizen, { url: '/api/me/certificates' }));
    expect(wallet).toHaveLength(1);
    expect(wallet[0]).toMatchObject({
      identifier, status: 'valid', version: 1, trustLevel: 'A', caseId: caseView.id, validFrom: '2026-03-02', validTo: '2031-03-01',
      holder: { name: '王小二', codeType: '111', code: '430102199003071234' },
      face: [
        { key: 'operator', value: '湘味小馆' }, { key: 'holder_code', value: '430102199003071234' },
        { key: 'premises', value: '长沙市芙蓉区五一大道 8 号' }, { key: 'valid_to', value: '2031-03-01' },
      ],
    });
    expect(wallet[0]!.signatures.map((s) => s.algorithm)).toEqual(['SM2-SM3', 'Ed25519']);

    const result = await verify(wallet[0]!.verifyUrl);
    // A public field that holds the holder's ID number is shown masked.
    expect(result).toMatchObject({
      outcome: 'valid', identifier,
      certificate: { holderName: '王**', holderCode: '4301**********1234', face: [{ key: 'operator' }, { key: 'holder_code', value: '4301**********1234' }, { key: 'valid_to' }] },
    });
    expect(result.signatures.every((s) => s.valid)).toBe(true);
    expect(JSON.stringify(result)).not.toContain('430102199003071234');
    expect(JSON.stringify(result)).not.toContain('五一大道');

    const pdf = await t.call(citizen, { url: `/api/certificates/${wallet[0]!.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers malformed for a wrong check character and not found for a well-formed unknown identifier', async () => {
    const { identifier } = await approvedCase('cert-0002');
    const last = identifier.at(-1)!;
    const wrong = await verify(identifier.slice(0, -1) + (last === '0' ? '1' : '0'));
    expect(wrong).toMatchObject({ outcome: 'malformed', message: expect.stringContaining('校验位不正确') });
    const { formatCertificateId, parseCertificateId } = await import('@yiwang/contracts');
    const parts = (parseCertificateId(identifier) as { ok: true; parts: Parameters<typeof formatCertificateId>[0] }).parts;
    expect(await verify(formatCertificateId({ ...parts, serial: '209900000001' }))).toMatchObject({ outcome: 'not-found' });
    expect(await verify('hello')).toMatchObject({ outcome: 'malformed' });
  });

  it('finds a tampered face field: the signatures no longer verify', async () => {
    const { identifier } = await approvedCase('cert-0003', '老长沙粉店');
    await t.database.db.execute(sql`update certificates set face = jsonb_set(face, '{0,value}', '"假冒粉店"') where identifier = ${identifier}`);
    const result = await verify(identifier);
    expect(result.outcome).toBe('signature-invalid');
    expect(result.signatures.map((s) => s.valid)).toEqual([false, false]);
  });

  it('keeps certificates signed before a key rotation verifiable; new ones are signed by the new keys', async () => {
    const before = await approvedCase('cert-0004');
    const dept = t.fx.byName('长沙市市场监督管理局').id;
    const keys = view<{ id: string; retiredAt: string | null }[]>(await t.call(approver, { method: 'POST', url: `/api/admin/departments/${dept}/signing-keys/rotate` }));
    expect(keys.filter((k) => k.retiredAt === null)).toHaveLength(2);
    const listed = await t.call(approver, { url: `/api/admin/departments/${dept}/signing-keys` });
    expect(listed.body).not.toMatch(/sealed|privateKey|private_key/i);
    const after = await approvedCase('cert-0005');
    const [a, b] = await Promise.all([verify(before.identifier), verify(after.identifier)]);
    expect(a.outcome).toBe('valid');
    expect(b.outcome).toBe('valid');
    expect(a.signatures[0]!.keyId).not.toBe(b.signatures[0]!.keyId);
    expect(keys.find((k) => k.id === a.signatures[0]!.keyId)?.retiredAt).not.toBeNull();
  });

  it('lets the issuing department revoke and re-issue, with reasons; the old version verifies as revoked', async () => {
    const { identifier } = await approvedCase('cert-0006');
    const cert = (await t.s.certificates.certificates.list(systemActor('测试'), { q: identifier, page: 1, pageSize: 1 })).items[0]!;
    const noReason = await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${cert.id}/reissue`, payload: {} });
    expect(noReason.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const outsider = await t.call(police, { method: 'POST', url: `/api/admin/certificates/${cert.id}/revoke`, payload: { reason: '测试' } });
    expect(outsider.statusCode).toBe(403);
    const next = view<CertificateView>(await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${cert.id}/reissue`, payload: { reason: '经营场所变更', face: { premises: '长沙市岳麓区麓山南路 2 号' } } }));
    expect(next).toMatchObject({ version: 2, status: 'valid', face: expect.arrayContaining([{ key: 'premises', label: '经营场所', value: '长沙市岳麓区麓山南路 2 号' }]) });
    expect(next.identifier).toContain('.002.');
    expect(await verify(identifier)).toMatchObject({ outcome: 'revoked', message: expect.stringContaining('换发') });
    view(await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${next.id}/revoke`, payload: { reason: '经营者申请注销' } }));
    expect(await verify(next.identifier)).toMatchObject({ outcome: 'revoked', certificate: { revokedOn: '2026-03-02' } });
    const again = await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${next.id}/revoke`, payload: { reason: '再次注销' } });
    expect(again.json()).toMatchObject({ code: 'CERTIFICATE_NOT_VALID' });
    const audit = await t.s.audit.search({ action: 'certificate:revoke', page: 1, pageSize: 5 } as never);
    expect(JSON.stringify(audit)).toContain(next.identifier);
  });

  it('says expired once the validity has passed', async () => {
    const { identifier } = await approvedCase('cert-0007');
    const saved = now.t;
    now.t = Date.parse('2031-03-02T09:00:00+08:00');
    try {
      expect(await verify(identifier)).toMatchObject({ outcome: 'expired' });
    } finally {
      now.t = saved;
    }
  });
});

describe('reading by data-exchange rule', () => {
  it('refuses a department without a rule; with one, the read is logged and the holder sees who used it', async () => {
    const { identifier } = await approvedCase('cert-0008');
    const [cert] = view<CertificateView[]>(await t.call(citizen, { url: '/api/me/certificates' })).filter((c) => c.identifier === identifier);
    const refused = await t.call(police, { url: `/api/certificates/${cert!.id}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('用证规则');
    expect((await t.call(other, { url: `/api/certificates/${cert!.id}` })).statusCode).toBe(404);

    view(await t.call(catalogAdmin, { method: 'POST', url: '/api/admin/certificate-exchange-rules', payload: { typeId: type.id, departmentId: t.fx.byName('长沙市公安局').id, purpose: '治安管理中核验经营许可' } }));
    const read = view<CertificateView>(await t.call(police, { url: `/api/certificates/${cert!.id}` }));
    expect(read.holder.code).toBe('4301**********1234');
    expect(read.face.find((f) => f.key === 'holder_code')!.value).toBe('4301**********1234');
    const uses = view<{ actorName: string; purpose: string; kind: string }[]>(await t.call(citizen, { url: `/api/certificates/${cert!.id}/uses` }));
    expect(uses).toEqual([expect.objectContaining({ kind: 'read', actorName: '测试k.police', purpose: '治安管理中核验经营许可' })]);
    expect((await t.call(other, { url: `/api/certificates/${cert!.id}/uses` })).statusCode).toBe(404);
  });

  it('counts what was issued, by type and issuer, and the uses', async () => {
    const stats = view<{ types: number; issued: number; revoked: number; byType: { typeName: string; issued: number }[]; uses: { read: number } }>(await t.call(null, { url: '/api/certificates/stats' }));
    const rows = await t.database.db.execute(sql`select count(*)::int as n, count(*) filter (where status = 'revoked')::int as r from certificates`) as unknown as { rows: { n: number; r: number }[] };
    expect(stats).toMatchObject({ types: 1, issued: rows.rows[0]!.n, revoked: rows.rows[0]!.r, byType: [{ typeName: '测试经营许可证', issued: rows.rows[0]!.n }] });
    expect(stats.uses.read).toBeGreaterThan(0);
  });

  it('lists the certificates the department issued to its staff, and everything to the platform administrator', async () => {
    const mine = view<{ total: number }>(await t.call(approver, { url: '/api/admin/certificates' }));
    const all = view<{ total: number }>(await t.call(admin, { url: '/api/admin/certificates' }));
    const theirs = view<{ total: number }>(await t.call(police, { url: '/api/admin/certificates' }));
    expect(mine.total).toBeGreaterThan(0);
    expect(all.total).toBe(mine.total);
    expect(theirs.total).toBe(0);
  });
});

describe('reuse instead of paper (减证便民)', () => {
  let renewalId = '';
  let serial = 0;
  const apply = (as: Browser, materials: unknown[]) => t.call(as, {
    method: 'POST', url: '/api/cases',
    payload: { itemId: renewalId, idempotencyKey: `reuse-${++serial}-case`, submit: true, formValues: { shop_name: '湘味小馆', premises: '长沙市芙蓉区五一大道 8 号' }, materials },
  });
  const walletEntry = async (identifier: string) =>
    view<CertificateView[]>(await t.call(citizen, { url: '/api/me/certificates' })).find((c) => c.identifier === identifier)!;
  const casesOf = async (as: Browser) => view<{ total: number }>(await t.call(as, { url: '/api/cases' })).total;

  beforeAll(async () => {
    const content = ItemContent.parse(sampleContent({
      name: '食品经营许可（延续测试）', onlineDepth: '4', trips: 0,
      materials: [
        { name: '原食品经营许可证', source: 'applicant', replaceableByCertificates: ['测试经营许可证'] },
        { name: '延续申请书', source: 'applicant', requirement: 'optional' },
      ],
      applicationForm: SHOP_FORM,
      reviewFlow: [{ name: '决定', steps: [{ name: '许可决定', sector: null, role: 'dept-approver' }] }],
    }));
    renewalId = await t.publishItem('000201099003', content);
  });

  it('takes a material from the applicant’s valid certificate with consent, logs the reuse, and shows staff the verified certificate', async () => {
    const { identifier } = await approvedCase('reuse-0001');
    const cert = await walletEntry(identifier);

    const unconsented = await apply(citizen, [{ index: 0, mode: 'certificate', certificateId: cert.id }]);
    expect(unconsented.statusCode).toBe(400);
    expect(unconsented.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'materials.0', message: expect.stringContaining('授权') }] });

    const created = view<CaseView>(await apply(citizen, [{ index: 0, mode: 'certificate', certificateId: cert.id, consent: true }]));
    expect(created.status).toBe('submitted');
    expect(created.materials[0]).toMatchObject({
      mode: 'certificate', files: [], certificateTypes: ['测试经营许可证'],
      certificate: { id: cert.id, identifier, typeName: '测试经营许可证', status: 'valid', holderCode: '4301**********1234' },
    });

    const uses = view<{ kind: string; caseNumber: string | null; departmentName: string | null; purpose: string }[]>(await t.call(citizen, { url: `/api/certificates/${cert.id}/uses` }));
    expect(uses).toEqual([expect.objectContaining({
      kind: 'reuse', caseNumber: created.number, departmentName: '长沙市市场监督管理局', purpose: expect.stringContaining('原食品经营许可证'),
    })]);

    // The window sees the certificate it relies on, checked again now; the holder's number stays masked.
    const seen = view<CaseView>(await t.call(clerk, { url: `/api/staff/cases/${created.id}` }));
    expect(seen.materials[0]!.certificate).toMatchObject({ identifier, status: 'valid' });
    expect(JSON.stringify(seen)).not.toContain('430102199003071234');

    // Revoked after submission: the case shows it revoked, and the reuse is logged once only.
    view(await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${cert.id}/revoke`, payload: { reason: '经营者申请注销' } }));
    const later = view<CaseView>(await t.call(clerk, { url: `/api/staff/cases/${created.id}` }));
    expect(later.materials[0]!.certificate).toMatchObject({ identifier, status: 'revoked' });
    const stats = view<{ uses: { reuse: number }; paperless: { materials: number; cases: number }; byType: { typeName: string; reuses: number }[] }>(await t.call(null, { url: '/api/certificates/stats' }));
    expect(stats).toMatchObject({ uses: { reuse: 1 }, paperless: { materials: 1, cases: 1 }, byType: [{ typeName: '测试经营许可证', reuses: 1 }] });
  });

  it('refuses someone else’s certificate, a revoked one, and a certificate for a material it does not replace; nothing is created', async () => {
    const { identifier } = await approvedCase('reuse-0002');
    const cert = await walletEntry(identifier);
    const [mine, theirs] = [await casesOf(citizen), await casesOf(other)];

    const stolen = await apply(other, [{ index: 0, mode: 'certificate', certificateId: cert.id, consent: true }]);
    expect(stolen.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'materials.0', message: '所选电子证照不存在或不属于申请人' }] });

    const misplaced = await apply(citizen, [
      { index: 0, mode: 'certificate', certificateId: cert.id, consent: true },
      { index: 1, mode: 'certificate', certificateId: cert.id, consent: true },
    ]);
    expect(misplaced.json()).toMatchObject({ issues: [{ field: 'materials.1', message: expect.stringContaining('不能用电子证照代替') }] });

    const unchosen = await apply(citizen, [{ index: 0, mode: 'certificate', consent: true }]);
    expect(unchosen.json()).toMatchObject({ issues: [{ field: 'materials.0', message: expect.stringContaining('请选择') }] });

    view(await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${cert.id}/revoke`, payload: { reason: '经营者申请注销' } }));
    const revoked = await apply(citizen, [{ index: 0, mode: 'certificate', certificateId: cert.id, consent: true }]);
    expect(revoked.json()).toMatchObject({ issues: [{ field: 'materials.0', message: expect.stringContaining('已注销') }] });

    // At the window the clerk cannot present a certificate for a walk-in applicant: that takes the holder's own consent.
    const walkIn = await t.call(clerk, {
      method: 'POST', url: '/api/window/cases',
      payload: {
        itemId: renewalId, idempotencyKey: 'reuse-window-0001', formValues: { shop_name: '湘味小馆', premises: '长沙市芙蓉区五一大道 8 号' },
        applicant: { kind: 'citizen', name: '王小二', idNumber: '430102199003071234', phone: '13900000000' },
        materials: [{ index: 0, mode: 'certificate', certificateId: cert.id, consent: true }],
      },
    });
    expect(walkIn.statusCode).toBe(400);
    expect(walkIn.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'materials.0', message: expect.stringContaining('窗口收件不能代申请人调用电子证照') });

    expect([await casesOf(citizen), await casesOf(other)]).toEqual([mine, theirs]);
    expect(view<unknown[]>(await t.call(citizen, { url: `/api/certificates/${cert.id}/uses` }))).toEqual([]);
  });
});
