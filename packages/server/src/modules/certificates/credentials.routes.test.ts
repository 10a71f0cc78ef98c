import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyCredential, type VerifyResult } from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { checkStatus, decodeList } from '@digitalbazaar/vc-status-list';
import statusListContext from '@digitalbazaar/vc-status-list-context';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import type { CertificateTypeView, CertificateView } from '@yiwang/contracts';
import { useApp, type Browser } from '../../../test/http.js';
import { answer, approvedCase, publishCertificateItem } from '../../../test/certificates.js';
import { certificatesRepository } from './certificates.repository.js';
import { signedData } from './certificate.presenter.js';

// Monday 2 March 2026, 09:00 in China.
const now = { t: Date.parse('2026-03-02T09:00:00+08:00') };
const t = useApp({ clock: () => new Date(now.t) });
const PUBLIC_URL = 'http://localhost:8080';

let itemId = '';
let citizen: Browser;
let other: Browser;
let catalogAdmin: Browser;
let clerk: Browser;
let approver: Browser;
let police: Browser;
let type: CertificateTypeView;
let department = '';

type Credential = Record<string, unknown> & {
  issuer: { id: string; name: string; uscc: string };
  credentialSubject: Record<string, unknown> & { face: { key: string; label: string; value: string }[] };
  credentialStatus: { type: string; statusListIndex: string; statusListCredential: string };
  proof: { type: string; verificationMethod: string; proofValue: string };
};
type StatusListCredential = Record<string, unknown> & { issuer: string; credentialSubject: { encodedList: string; statusPurpose: string } };

const view = answer;

/** A case applied for, accepted and approved: its certificate as the holder's wallet shows it. */
async function issued(key: string, shop?: string): Promise<CertificateView> {
  const { identifier } = await approvedCase(t, { citizen, clerk, approver }, itemId, key, shop);
  return view<CertificateView[]>(await t.call(citizen, { url: '/api/me/certificates' })).find((c) => c.identifier === identifier)!;
}

const exported = async (as: Browser, id: string) => view<Credential>(await t.call(as, { url: `/api/certificates/${id}/credential` }));

// The independent verifier: Digital Bazaar's libraries, their bundled contexts, did:key resolved offline, and the
// status lists fetched from the platform's public endpoint (through the test app, as a verifier would over HTTP).
const fetched: string[] = [];
const loader = securityLoader();
loader.addDocuments({ documents: statusListContext.contexts });
loader.setProtocolHandler({
  protocol: 'http',
  handler: {
    async get({ url }) {
      const u = new URL(url);
      if (u.origin !== PUBLIC_URL) throw new Error(`not the platform: ${url}`);
      fetched.push(url);
      const res = await t.call(null, { url: `${u.pathname}${u.search}` });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
      return res.json();
    },
  },
});
const documentLoader = loader.build();
const independently = (credential: object): Promise<VerifyResult> =>
  verifyCredential({ credential, suite: new Ed25519Signature2020(), documentLoader, checkStatus, now: new Date(now.t) });

beforeAll(async () => {
  itemId = await publishCertificateItem(t, '000201099012', '食品经营许可（凭证测试）', '凭证测试许可证');
  [citizen, other] = await t.citizens();
  catalogAdmin = await t.staff('v.catalog', ['catalog-admin'], '4301');
  clerk = await t.staff('v.window', ['window-clerk'], '4301');
  approver = await t.staff('v.approver', ['dept-approver'], '4301', ['长沙市市场监督管理局']);
  police = await t.staff('v.police', ['dept-reviewer'], '4301', ['长沙市公安局']);
  department = t.fx.byName('长沙市市场监督管理局').id;
  const res = await t.call(catalogAdmin, {
    method: 'POST', url: '/api/admin/certificate-types',
    payload: {
      name: '凭证测试许可证', departmentId: department, holderKind: 'organisation', validity: { kind: 'years', years: 5 },
      faceFields: [
        { key: 'operator', label: '经营者名称', source: 'form.shop_name', public: true },
        { key: 'holder_code', label: '证件号码', source: 'holder.code', public: true },
        { key: 'premises', label: '经营场所', source: 'form.premises' },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  type = res.json() as CertificateTypeView;
});

describe('a certificate as a W3C Verifiable Credential', () => {
  it('exports for the holder as a signed credential that the independent library verifies, issued by the signing key’s did:key', async () => {
    const cert = await issued('credential-0001');
    const res = await t.call(citizen, { url: `/api/certificates/${cert.id}/credential` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('凭证测试许可证'));
    expect(res.body).not.toMatch(/privateKey|sealed/i);
    const vc = res.json() as Credential;
    expect(vc).toMatchObject({
      type: ['VerifiableCredential', 'ElectronicCertificate'],
      id: `urn:uuid:${cert.id}`,
      issuer: { id: expect.stringMatching(/^did:key:z6Mk/), name: '长沙市市场监督管理局' },
      issuanceDate: '2026-03-02T00:00:00+08:00',
      expirationDate: '2031-03-02T00:00:00+08:00',
      credentialSubject: {
        name: '王小二', holderCodeType: '111', holderCode: '430102199003071234', certificateIdentifier: cert.identifier,
        certificateTypeCode: type.code, certificateTypeName: '凭证测试许可证', certificateVersion: 1, validFromDate: '2026-03-02', validToDate: '2031-03-01',
        face: [
          { key: 'operator', label: '经营者名称', value: '湘味小馆' }, { key: 'holder_code', label: '证件号码', value: '430102199003071234' },
          { key: 'premises', label: '经营场所', value: '长沙市芙蓉区五一大道 8 号' },
        ],
      },
      credentialStatus: {
        type: 'StatusList2021Entry', statusPurpose: 'revocation',
        statusListCredential: expect.stringContaining(`${PUBLIC_URL}/api/certificates/status-lists/${department}?key=ed25519-`),
      },
      proof: { type: 'Ed25519Signature2020', proofPurpose: 'assertionMethod', verificationMethod: expect.stringMatching(/^did:key:z6Mk\w+#z6Mk\w+$/) },
    });
    expect(vc.proof.verificationMethod.startsWith(`${vc.issuer.id}#`)).toBe(true);

    fetched.length = 0;
    const result = await independently(vc);
    expect(result.error, JSON.stringify(result.error?.errors?.map((e) => e.message) ?? result.error?.message)).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.verified).toBe(true);
    expect(fetched).toEqual([vc.credentialStatus.statusListCredential]);

    // The did:key is the key that signed the certificate itself: it verifies the certificate's stored Ed25519 signature.
    const row = (await certificatesRepository(t.database.db).findById(cert.id))!;
    const stored = (row.signatures as { algorithm: string; value: string }[]).find((s) => s.algorithm === 'Ed25519')!;
    const didKey = Ed25519VerificationKey2020.fromFingerprint({ fingerprint: vc.issuer.id.slice('did:key:'.length) });
    expect(await didKey.verifier().verify({ data: Buffer.from(signedData(row)), signature: Buffer.from(stored.value, 'base64url') })).toBe(true);
    expect(await didKey.verifier().verify({ data: Buffer.from(`${signedData(row)} `), signature: Buffer.from(stored.value, 'base64url') })).toBe(false);

    // The same certificate always exports the same credential.
    expect(await exported(citizen, cert.id)).toEqual(vc);
  });

  it('fails verification when any field of the credential is changed', async () => {
    const cert = await issued('credential-0002', '老长沙粉店');
    const vc = await exported(citizen, cert.id);
    expect((await independently(vc)).verified).toBe(true);

    const renamed = structuredClone(vc);
    renamed.credentialSubject.face[0]!.value = '假冒粉店';
    const faceResult = await independently(renamed);
    expect(faceResult.verified).toBe(false);
    expect(faceResult.statusResult).toBeUndefined();
    expect(JSON.stringify(faceResult.error?.errors?.map((e) => e.message))).toContain('Invalid signature');

    const otherHolder = structuredClone(vc);
    otherHolder.credentialSubject.holderCode = '43010219900307104X';
    expect((await independently(otherHolder)).verified).toBe(false);

    const longer = structuredClone(vc);
    longer.expirationDate = '2041-03-02T00:00:00+08:00';
    expect((await independently(longer)).verified).toBe(false);
  });

  it('says revoked through the status list once the issuing department revokes it; other certificates stay valid', async () => {
    const [cert, kept] = [await issued('credential-0003'), await issued('credential-0004')];
    const vc = await exported(citizen, cert.id);
    const keptVc = await exported(citizen, kept.id);
    expect((await independently(vc)).verified).toBe(true);

    view(await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${cert.id}/revoke`, payload: { reason: '经营者申请注销' } }));
    const result = await independently(vc);
    expect(result.verified).toBe(false);
    expect(result.results?.[0]?.verified).toBe(true); // the proof is still good: only the status says no
    expect(result.statusResult).toMatchObject({ verified: false, results: [{ verified: false }] });
    expect((await independently(keptVc)).verified).toBe(true);

    // A credential exported after revocation says the same.
    expect((await independently(await exported(citizen, cert.id))).statusResult?.verified).toBe(false);

    const list = view<StatusListCredential>(await t.call(null, { url: vc.credentialStatus.statusListCredential.slice(PUBLIC_URL.length) }));
    const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
    expect(bits.length % 131_072).toBe(0);
    expect(bits.getStatus(Number(vc.credentialStatus.statusListIndex))).toBe(true);
    expect(bits.getStatus(Number(keptVc.credentialStatus.statusListIndex))).toBe(false);
    expect(vc.credentialStatus.statusListIndex).not.toBe(keptVc.credentialStatus.statusListIndex);
  });

  it('keeps credentials of certificates signed before a key rotation verifiable; new certificates have the new key’s did:key', async () => {
    const before = await issued('credential-0005');
    const early = await exported(citizen, before.id);
    view(await t.call(approver, { method: 'POST', url: `/api/admin/departments/${department}/signing-keys/rotate` }));
    const after = await issued('credential-0006');

    const late = await exported(citizen, before.id);
    expect(late).toEqual(early);
    const fresh = await exported(citizen, after.id);
    expect(fresh.issuer.id).not.toBe(early.issuer.id);
    expect(fresh.credentialStatus.statusListCredential).not.toBe(early.credentialStatus.statusListCredential);

    for (const vc of [early, fresh]) {
      const result = await independently(vc);
      expect(result.verified, JSON.stringify(result.error?.message ?? result.statusResult)).toBe(true);
    }
    // The default list is the key in use; the old key's list still answers for what it signed, and both see revocation.
    const current = view<StatusListCredential>(await t.call(null, { url: `/api/certificates/status-lists/${department}` }));
    expect(current.issuer).toBe(fresh.issuer.id);
    view(await t.call(approver, { method: 'POST', url: `/api/admin/certificates/${before.id}/revoke`, payload: { reason: '经营者申请注销' } }));
    expect((await independently(early)).statusResult?.verified).toBe(false);
    expect((await independently(fresh)).verified).toBe(true);
  });

  it('is exported by the holder only: staff, even with a data-exchange rule, are refused and nothing is logged', async () => {
    const cert = await issued('credential-0007');
    view(await t.call(catalogAdmin, { method: 'POST', url: '/api/admin/certificate-exchange-rules', payload: { typeId: type.id, departmentId: t.fx.byName('长沙市公安局').id, purpose: '治安管理中核验经营许可' } }));
    for (const staff of [police, approver]) {
      const refused = await t.call(staff, { url: `/api/certificates/${cert.id}/credential` });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('持证人') });
    }
    expect((await t.call(other, { url: `/api/certificates/${cert.id}/credential` })).statusCode).toBe(404);
    expect((await t.call(null, { url: `/api/certificates/${cert.id}/credential` })).statusCode).toBe(401);
    expect(view<unknown[]>(await t.call(citizen, { url: `/api/certificates/${cert.id}/uses` }))).toEqual([]);
    expect((await independently(await exported(citizen, cert.id))).verified).toBe(true);
  });

  it('refuses to sign a certificate whose stored record no longer matches its signatures', async () => {
    const cert = await issued('credential-0008');
    await t.database.db.execute(sql`update certificates set face = jsonb_set(face, '{0,value}', '"假冒粉店"') where id = ${cert.id}`);
    const res = await t.call(citizen, { url: `/api/certificates/${cert.id}/credential` });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('签名核验未通过');
  });
});

describe('the status list of an issuing department', () => {
  it('is a StatusList2021 credential that verifies by itself, and fails once changed', async () => {
    await issued('credential-0009');
    const res = await t.call(null, { url: `/api/certificates/status-lists/${department}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age');
    const list = res.json() as StatusListCredential;
    expect(list).toMatchObject({
      type: ['VerifiableCredential', 'StatusList2021Credential'], issuer: expect.stringMatching(/^did:key:z6Mk/),
      credentialSubject: { type: 'StatusList2021', statusPurpose: 'revocation' }, proof: { type: 'Ed25519Signature2020' },
    });
    const result = await verifyCredential({ credential: list, suite: new Ed25519Signature2020(), documentLoader, now: new Date(now.t) });
    expect(result.verified, JSON.stringify(result.error?.message)).toBe(true);

    const emptied = structuredClone(list);
    const blank = await decodeList({ encodedList: list.credentialSubject.encodedList });
    for (let i = 0; i < blank.length; i++) blank.setStatus(i, false);
    emptied.credentialSubject.encodedList = await blank.encode();
    expect(emptied.credentialSubject.encodedList).not.toBe(list.credentialSubject.encodedList);
    expect((await verifyCredential({ credential: emptied, suite: new Ed25519Signature2020(), documentLoader, now: new Date(now.t) })).verified).toBe(false);
  });

  it('answers not found for a key that is not the department’s, and for a department that has signed nothing', async () => {
    const police = t.fx.byName('长沙市公安局').id;
    expect((await t.call(null, { url: `/api/certificates/status-lists/${police}` })).json()).toMatchObject({ code: 'NOT_FOUND' });
    const keys = view<{ id: string; algorithm: string }[]>(await t.call(approver, { url: `/api/admin/departments/${department}/signing-keys` }));
    const sm2 = keys.find((k) => k.algorithm === 'SM2-SM3')!.id;
    const ed = keys.find((k) => k.algorithm === 'Ed25519')!.id;
    expect((await t.call(null, { url: `/api/certificates/status-lists/${police}?key=${ed}` })).statusCode).toBe(404);
    expect((await t.call(null, { url: `/api/certificates/status-lists/${department}?key=${ed}` })).statusCode).toBe(200);
    expect((await t.call(null, { url: `/api/certificates/status-lists/${department}?key=${sm2}` })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await t.call(null, { url: `/api/certificates/status-lists/${department}?key=ed25519-000000000000` })).statusCode).toBe(404);
  });
});
