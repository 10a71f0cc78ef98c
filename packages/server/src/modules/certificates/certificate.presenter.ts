import {
  chinaDate, maskIdentifier, maskPersonName, type CaseCertificateView, type CertificateStatus, type CertificateTypeView, type CertificateView, type FaceField, type FaceValue,
  type HolderCodeType, type SignatureAlgorithm, type SigningKeyView, type TrustLevel, type ValidityRule, type VerifyCertificateResult,
} from '@yiwang/contracts';
import { maskPersonalText } from '../audit/index.js';
import type { CertificateRow, CertificateTypeRow, SigningKeyRow } from './certificates.repository.js';
import type { StoredSignature } from './key-store.js';
import { canonicalJson } from './signatures.js';

/** The fields a certificate's signatures cover, in their one text form; status and revocation are not signed. */
export function signedData(row: Pick<CertificateRow,
  'identifier' | 'typeCode' | 'typeName' | 'version' | 'holderName' | 'holderCodeType' | 'holderCode' | 'issuerName' | 'issuerUscc'
  | 'issuedOn' | 'validFrom' | 'validTo' | 'face' | 'trustLevel'>): string {
  return canonicalJson({
    identifier: row.identifier,
    type: { code: row.typeCode, name: row.typeName },
    version: row.version,
    holder: { name: row.holderName, codeType: row.holderCodeType, code: row.holderCode },
    issuer: { name: row.issuerName, uscc: row.issuerUscc },
    issuedOn: row.issuedOn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    face: (row.face as FaceValue[]).map((f) => ({ key: f.key, label: f.label, value: f.value })),
    trustLevel: row.trustLevel,
  });
}

/** valid, revoked, or expired once its last valid day has passed. */
export function statusOf(row: Pick<CertificateRow, 'status' | 'validTo'>, today: string): CertificateStatus {
  if (row.status === 'revoked') return 'revoked';
  return row.validTo !== null && row.validTo < today ? 'expired' : 'valid';
}

/** Face values for eyes other than the holder's: the holder's code, and any ID or mobile number, masked. */
function maskedFace(row: CertificateRow): FaceValue[] {
  return (row.face as FaceValue[]).map((f) => ({ ...f, value: f.value === row.holderCode ? maskIdentifier(f.value) : maskPersonalText(f.value) }));
}

export const verifyUrlOf = (publicUrl: string, identifier: string) => `${publicUrl}/certificates/verify?id=${encodeURIComponent(identifier)}`;

/**
 * The certificate as its holder (everything) or authorised staff (the holder's code masked, and face fields that
 * are not public masked where they hold an ID or phone number) see it.
 */
export function presentCertificate(row: CertificateRow, opts: { today: string; publicUrl: string; holderView: boolean }): CertificateView {
  const code = opts.holderView ? row.holderCode : maskIdentifier(row.holderCode);
  return {
    id: row.id,
    identifier: row.identifier,
    type: { code: row.typeCode, name: row.typeName },
    holder: { name: row.holderName, codeType: row.holderCodeType as HolderCodeType, code },
    issuer: { name: row.issuerName, uscc: row.issuerUscc },
    issuedOn: row.issuedOn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: statusOf(row, opts.today),
    version: row.version,
    trustLevel: row.trustLevel as TrustLevel,
    face: opts.holderView ? (row.face as FaceValue[]) : maskedFace(row),
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
    supersededBy: row.supersededBy,
    signatures: (row.signatures as StoredSignature[]).map((s) => ({ algorithm: s.algorithm, keyId: s.keyId })),
    verifyUrl: verifyUrlOf(opts.publicUrl, row.identifier),
  };
}

/**
 * A certificate presented for a case's material, as the case shows it to the applicant and to staff: the holder's
 * code and personal numbers in the face masked; `signed`: its signatures verified just now.
 */
export function presentForCase(row: CertificateRow, opts: { today: string; publicUrl: string; signed: boolean }): CaseCertificateView {
  return {
    id: row.id, identifier: row.identifier, typeName: row.typeName, holderName: row.holderName, holderCode: maskIdentifier(row.holderCode),
    issuerName: row.issuerName, issuedOn: row.issuedOn, validTo: row.validTo, version: row.version,
    status: opts.signed ? statusOf(row, opts.today) : 'signature-invalid', face: maskedFace(row), verifyUrl: verifyUrlOf(opts.publicUrl, row.identifier),
  };
}

/** What anyone who scans the QR code may see: public face fields only, the holder masked. */
export function presentPublic(row: CertificateRow, type: CertificateTypeRow | null): NonNullable<VerifyCertificateResult['certificate']> {
  const publicKeys = new Set(((type?.faceFields ?? []) as FaceField[]).filter((f) => f.public).map((f) => f.key));
  const isPerson = row.holderCodeType === '111';
  return {
    typeName: row.typeName,
    holderName: isPerson ? maskPersonName(row.holderName) : row.holderName,
    holderCode: maskIdentifier(row.holderCode),
    issuerName: row.issuerName,
    issuedOn: row.issuedOn,
    validTo: row.validTo,
    version: row.version,
    face: maskedFace(row).filter((f) => publicKeys.has(f.key)),
    revokedOn: row.revokedAt ? chinaDate(row.revokedAt) : null,
  };
}

/** A signing key as staff see it: the public part only. */
export function presentKey(row: SigningKeyRow): SigningKeyView {
  return { id: row.id, algorithm: row.algorithm as SignatureAlgorithm, publicKey: row.publicKey, createdAt: row.createdAt.toISOString(), retiredAt: row.retiredAt?.toISOString() ?? null };
}

export function presentType(row: CertificateTypeRow & { issued?: number }, department: { id: string; name: string; uscc: string }): CertificateTypeView {
  return {
    id: row.id, code: row.code, name: row.name, department, holderKind: row.holderKind as CertificateTypeView['holderKind'],
    faceFields: row.faceFields as FaceField[], validity: row.validity as ValidityRule, description: row.description, issued: row.issued ?? 0,
  };
}
