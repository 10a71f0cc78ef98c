import {
  certificateIdFromQr, chinaDate, parseCertificateId, VERIFY_OUTCOMES, type Actor, type CertificateList, type CertificateListQuery,
  type CertificateUseView, type CertificateView, type FaceValue, type ReissueCertificateRequest, type SigningKeyView, type VerifyCertificateResult,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import { noticePdf, PdfFontMissing } from '../../platform/pdf/index.js';
import { auditActorOf, createAuditService, type AuditService } from '../audit/index.js';
import { assertCan, scopeFor, type RequestContext } from '../identity/index.js';
import { certificatesRepository, type CertificateRow, type CertificatesRepository, type CertificateTypeRow } from './certificates.repository.js';
import { presentCertificate, presentKey, presentPublic, signedData, statusOf, verifyUrlOf } from './certificate.presenter.js';
import type { Issuer } from './issuance.js';
import type { KeyStore, StoredSignature } from './key-store.js';

export interface CertificatesDeps {
  db: Db;
  keys: KeyStore;
  issue: Issuer['issue'];
  clock: () => Date;
  publicUrl: string;
  /** The code a holder's certificates carry: a person's ID number or an enterprise's USCC (identity module). */
  holderCodeOf: (accountId: string) => Promise<string | null>;
}

/** A use case's transaction: the repository bound to it, its time, and its audit log (entries commit with it). */
interface CertTx { repo: CertificatesRepository; db: Db; now: Date; audit: AuditService }

/** 电子证照库: verification for anyone, the holder's wallet, and staff reads by data-exchange rule. */
export function createCertificatesService(deps: CertificatesDeps) {
  const repo = certificatesRepository(deps.db);
  const today = () => chinaDate(deps.clock());
  // Which face fields are public changes rarely: a type is read again after a minute at most.
  const types = new Map<string, { row: CertificateTypeRow | null; until: number }>();
  async function typeOf(id: string): Promise<CertificateTypeRow | null> {
    const known = types.get(id);
    if (known && known.until > Date.now()) return known.row;
    const row = await repo.findType(id);
    types.set(id, { row, until: Date.now() + 60_000 });
    return row;
  }

  function inTx<T>(work: (tx: CertTx) => Promise<T>): Promise<T> {
    return deps.db.transaction(async (raw) => {
      const db = raw as unknown as Db;
      const now = deps.clock();
      return work({ repo: certificatesRepository(db), db, now, audit: createAuditService({ db, clock: () => now }) });
    });
  }

  const isHolderKind = (actor: Actor) => actor.kind === 'citizen' || actor.kind === 'enterprise';

  async function holds(actor: Actor, row: CertificateRow): Promise<boolean> {
    if (!isHolderKind(actor)) return false;
    if (row.holderAccountId === actor.id) return true;
    return (await deps.holderCodeOf(actor.id)) === row.holderCode;
  }

  /**
   * Whether staff or a partner system may read a certificate, and for what: its issuing department may; another
   * department only by a data-exchange rule for the type (用证规则). FORBIDDEN otherwise.
   */
  async function readPurpose(actor: Actor, row: CertificateRow): Promise<string> {
    assertCan(actor, 'certificate:read');
    if (scopeFor(actor, 'certificate:read').kind === 'all') return '平台管理';
    if (actor.departmentIds.includes(row.issuerDepartmentId)) return '本部门签发';
    const rule = await repo.findRule(row.typeId, actor.departmentIds);
    if (!rule) throw new AppError('FORBIDDEN', `本部门未获准查阅"${row.typeName}"（没有相应的用证规则）`);
    return rule.purpose;
  }

  async function useRecord(actor: Actor, row: CertificateRow, purpose: string, at: Date) {
    return {
      certificateId: row.id, at, kind: actor.kind === 'partner' ? 'partner' : 'read', actorKind: actor.kind, actorId: actor.id,
      actorName: actor.name, departmentName: actor.kind === 'partner' ? actor.name : null, purpose, caseId: null, caseNumber: null,
    };
  }

  /** The certificate for the holder, or for authorised staff (their read logged as a use). */
  async function readable(actor: Actor, id: string): Promise<{ row: CertificateRow; holderView: boolean }> {
    const row = orFail(await repo.findById(id), 'CERTIFICATE_NOT_FOUND');
    if (await holds(actor, row)) return { row, holderView: true };
    if (isHolderKind(actor)) throw new AppError('CERTIFICATE_NOT_FOUND');
    const purpose = await readPurpose(actor, row);
    await repo.recordUses([await useRecord(actor, row, purpose, deps.clock())]);
    return { row, holderView: false };
  }

  const present = (row: CertificateRow, holderView: boolean) => presentCertificate(row, { today: today(), publicUrl: deps.publicUrl, holderView });

  /** The issuing department's certificate, locked, for a change by its staff. */
  async function managed(tx: CertTx, actor: Actor, id: string): Promise<CertificateRow> {
    const row = orFail(await tx.repo.findById(id, { lock: true }), 'CERTIFICATE_NOT_FOUND');
    assertCan(actor, 'certificate:manage', { regionCode: row.regionCode, departmentId: row.issuerDepartmentId });
    if (row.status !== 'valid') throw new AppError('CERTIFICATE_NOT_VALID');
    return row;
  }

  const audited = (tx: CertTx, actor: Actor, action: string, row: CertificateRow, origin: RequestContext | undefined, detail: Record<string, unknown>) =>
    tx.audit.record({ actor: auditActorOf(actor), action, resource: { type: 'certificate', id: row.id }, outcome: 'succeeded', ip: origin?.ip ?? null, detail: { identifier: row.identifier, ...detail } });

  return {
    /**
     * 核验: anyone, by identifier or QR content. Malformed (with the reason) before looked up; then the signatures
     * over the stored fields, then revocation, then expiry.
     */
    async verify(input: string): Promise<VerifyCertificateResult> {
      const text = certificateIdFromQr(input);
      const parsed = parseCertificateId(text);
      const answer = (outcome: VerifyCertificateResult['outcome'], extra: Partial<VerifyCertificateResult> = {}): VerifyCertificateResult =>
        ({ outcome, message: VERIFY_OUTCOMES.label(outcome), identifier: null, certificate: null, signatures: [], ...extra });
      if (!parsed.ok) return answer('malformed', { message: `${VERIFY_OUTCOMES.label('malformed')}：${parsed.reason}` });
      const identifier = text.trim().toUpperCase();
      const row = await repo.findByIdentifier(identifier);
      if (!row) return answer('not-found', { identifier });
      const [signatures, type] = await Promise.all([
        deps.keys.verify(repo, row.signatures as StoredSignature[], signedData(row)),
        typeOf(row.typeId),
      ]);
      const certificate = presentPublic(row, type);
      if (signatures.length === 0 || signatures.some((s) => !s.valid)) return answer('signature-invalid', { identifier, signatures });
      const status = statusOf(row, today());
      const message = status === 'revoked' && row.supersededBy ? `${VERIFY_OUTCOMES.label('revoked')}（已换发新版本）` : VERIFY_OUTCOMES.label(status);
      return answer(status, { identifier, certificate, signatures, message });
    },

    /** 我的证照: the current version of each certificate the person or enterprise holds. */
    async wallet(actor: Actor): Promise<CertificateView[]> {
      if (!isHolderKind(actor)) throw new AppError('FORBIDDEN', '仅个人和企业用户有证照夹');
      const rows = await repo.listHeld(actor.id, await deps.holderCodeOf(actor.id));
      return rows.map((r) => present(r, true));
    },

    /** The access rule of `get` (holder, or staff by issuing department or rule, their read logged), for other forms of a certificate. */
    readable,

    async get(actor: Actor, id: string): Promise<CertificateView> {
      const { row, holderView } = await readable(actor, id);
      return present(row, holderView);
    },

    /** The certificate as a PDF with its face, the issuer's seal area and the QR code of its verification link. */
    async pdf(actor: Actor, id: string): Promise<{ filename: string; body: Buffer }> {
      const { row, holderView } = await readable(actor, id);
      const view = present(row, holderView);
      try {
        const body = await noticePdf({
          title: row.typeName, subtitle: '电子证照 · 长沙市一网通办',
          lines: [
            ...view.face.map((f) => ({ label: f.label, value: f.value })),
            { label: '持证主体', value: `${view.holder.name}（${view.holder.code}）` },
            { label: '有效期', value: `${row.validFrom} 至 ${row.validTo ?? '长期'}` },
            { label: '证照标识', value: row.identifier },
            { label: '版本', value: String(row.version) },
            { text: `本证照由${row.issuerName}签发，经 SM2 与 Ed25519 数字签名，与纸质证照具有同等效力。${view.status === 'valid' ? '' : `当前状态：${view.status === 'revoked' ? '已注销' : '已过期'}。`}` },
          ],
          qrUrl: verifyUrlOf(deps.publicUrl, row.identifier),
          qrCaption: '扫码核验证照真伪与状态（仅显示非敏感信息）', issuer: row.issuerName, date: row.issuedOn,
        });
        return { filename: `${row.typeName}-${row.serial}-v${row.version}.pdf`, body };
      } catch (error) {
        if (error instanceof PdfFontMissing) throw new AppError('INTERNAL', error.message);
        throw error;
      }
    },

    /** 用证记录 of a certificate: for its holder (every version), or its issuing department. */
    async uses(actor: Actor, id: string): Promise<CertificateUseView[]> {
      const row = orFail(await repo.findById(id), 'CERTIFICATE_NOT_FOUND');
      if (!(await holds(actor, row))) {
        if (isHolderKind(actor)) throw new AppError('CERTIFICATE_NOT_FOUND');
        assertCan(actor, 'certificate:manage', { regionCode: row.regionCode, departmentId: row.issuerDepartmentId });
      }
      return (await repo.listUses([row.id])).map((u) => ({
        at: u.at.toISOString(), kind: u.kind as CertificateUseView['kind'], actorName: u.actorName, departmentName: u.departmentName, purpose: u.purpose, caseNumber: u.caseNumber,
      }));
    },

    /** Certificates issued by the staff member's departments (all, for the platform administrator). */
    async list(actor: Actor, q: CertificateListQuery): Promise<CertificateList> {
      const scope = scopeFor(actor, 'certificate:read');
      if (scope.kind === 'none') throw new AppError('FORBIDDEN', scope.reason);
      const { rows, total } = await repo.listCertificates({
        q: q.q, typeId: q.type, status: q.status, today: today(),
        issuerDepartmentIds: scope.kind === 'all' ? null : [...actor.departmentIds],
        regionPrefix: scope.kind === 'all' ? null : scope.regionCode,
      }, q.page, q.pageSize);
      return { items: rows.map((r) => present(r, false)), total };
    },

    /** 注销, with the reason; the holder's QR code then verifies as revoked. */
    async revoke(actor: Actor, id: string, reason: string, origin?: RequestContext): Promise<CertificateView> {
      const row = await inTx(async (tx) => {
        const current = await managed(tx, actor, id);
        const patch = { status: 'revoked', revokedAt: tx.now, revokeReason: reason };
        await tx.repo.updateCertificate(current.id, patch);
        await audited(tx, actor, 'certificate:revoke', current, origin, { reason });
        return { ...current, ...patch };
      });
      return present(row, false);
    },

    /** 换发: the next version with the changed face values, newly signed; the old version revoked, pointing to it. */
    async reissue(actor: Actor, id: string, input: ReissueCertificateRequest, origin?: RequestContext): Promise<CertificateView> {
      const row = await inTx(async (tx) => {
        const current = await managed(tx, actor, id);
        const type = orFail(await tx.repo.findType(current.typeId), 'CERTIFICATE_TYPE_NOT_FOUND');
        const unknown = Object.keys(input.face).find((k) => !(current.face as FaceValue[]).some((f) => f.key === k));
        if (unknown) throw new AppError('VALIDATION_FAILED', `证照没有照面项 ${unknown}`, { field: `face.${unknown}` });
        const face = Object.fromEntries((current.face as FaceValue[]).map((f) => [f.key, input.face[f.key] ?? f.value]));
        const next = await deps.issue(tx.db, type, {
          holder: { kind: current.holderCodeType === '111' ? 'citizen' : 'enterprise', name: current.holderName, code: current.holderCode, accountId: current.holderAccountId },
          issuer: { departmentId: current.issuerDepartmentId, name: current.issuerName, uscc: current.issuerUscc, regionCode: current.regionCode },
          case: current.caseId ? { id: current.caseId, number: current.caseNumber, itemName: '', formValues: {} } : null,
          face, trustLevel: current.trustLevel as never, serial: current.serial, version: current.version + 1,
        });
        await tx.repo.updateCertificate(current.id, { status: 'revoked', revokedAt: tx.now, revokeReason: `换发：${input.reason}`, supersededBy: next.identifier });
        await audited(tx, actor, 'certificate:reissue', current, origin, { reason: input.reason, next: next.identifier });
        return next;
      });
      return present(row, false);
    },

    /** The public keys of the staff member's departments (private keys are never shown). */
    async keys(actor: Actor, departmentId: string): Promise<SigningKeyView[]> {
      assertCan(actor, 'certificate:manage', { departmentId, regionCode: actor.regionCode });
      return (await repo.listKeys(departmentId)).map(presentKey);
    },

    /** 密钥轮换 of a department: new keys sign from now on; what the old ones signed still verifies. */
    async rotateKeys(actor: Actor, departmentId: string, origin?: RequestContext): Promise<SigningKeyView[]> {
      assertCan(actor, 'certificate:manage', { departmentId, regionCode: actor.regionCode });
      return inTx(async (tx) => {
        await deps.keys.rotate(tx.repo, departmentId, tx.now);
        await tx.audit.record({ actor: auditActorOf(actor), action: 'certificate:rotate-keys', resource: { type: 'department', id: departmentId }, outcome: 'succeeded', ip: origin?.ip ?? null });
        return (await tx.repo.listKeys(departmentId)).map(presentKey);
      });
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
