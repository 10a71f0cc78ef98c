import {
  chinaDate, formatCertificateId, holderCodeTypeOf, type FACE_SOURCES, type FaceField, type FaceValue, type TrustLevel, type ValidityRule,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import {
  certificatesRepository, type CertificateRow, type CertificatesRepository, type CertificateTypeRow, type NewCertificateRow,
} from './certificates.repository.js';
import type { KeyStore } from './key-store.js';
import { signedData } from './certificate.presenter.js';

/** What a certificate is issued from: a decided case, a row of existing stock, or the version it replaces. */
export interface IssueInput {
  holder: { kind: 'citizen' | 'enterprise'; name: string; code: string; accountId: string | null };
  issuer: { departmentId: string; name: string; uscc: string; regionCode: string };
  case?: { id: string; number: string | null; itemName: string; formValues: Record<string, unknown> } | null;
  /** Face values given outright (stock, re-issue); the rest come from the type's sources. */
  face?: Record<string, string>;
  trustLevel: TrustLevel;
  /** Existing stock keeps its own dates; by default today and the type's validity rule. */
  issuedOn?: string;
  validTo?: string | null;
  /** A re-issue: the same serial, the next version. */
  serial?: string;
  version?: number;
}

/** 有效期至: the day before the same date `years` later (a certificate issued on 2026-03-02 for 5 years ends 2031-03-01). */
export function validToOf(rule: ValidityRule, from: string): string | null {
  if (rule.kind === 'permanent') return null;
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + rule.years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

type FaceSource = (typeof FACE_SOURCES.codes)[number];

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join('、');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v).trim();
};

/** The value of a face field's source (FACE_SOURCES, or `form.<key>` of the case's application form). */
function sourced(source: string, input: IssueInput, dates: { issuedOn: string; validTo: string | null }): string {
  if (source.startsWith('form.')) return text(input.case?.formValues[source.slice(5)]);
  const values: Record<FaceSource, string> = {
    'holder.name': input.holder.name,
    'holder.code': input.holder.code,
    'case.number': input.case?.number ?? '',
    'item.name': input.case?.itemName ?? '',
    'issuer.name': input.issuer.name,
    issuedOn: dates.issuedOn,
    validTo: dates.validTo ?? '长期',
  };
  return values[source as FaceSource] ?? '';
}

/** The face of a certificate: each of the type's fields, from what is given or from its source. */
export function faceOf(type: CertificateTypeRow, input: IssueInput, dates: { issuedOn: string; validTo: string | null }): FaceValue[] {
  return (type.faceFields as FaceField[]).map((f) => {
    const given = input.face?.[f.key];
    const value = (given ?? (f.source ? sourced(f.source, input, dates) : '')).trim();
    if (f.required && !value) {
      throw new AppError('CERTIFICATE_FACE_MISSING', `${type.name}的照面项"${f.label}"没有取值${f.source?.startsWith('form.') ? `（取自申请表字段 ${f.source.slice(5)}）` : ''}`, { field: `face.${f.key}` });
    }
    return { key: f.key, label: f.label, value };
  });
}

/** A serial as the identifier holds it: the year, then the number within it in eight digits. */
export const serialText = (year: number, n: number): string => `${year}${String(n).padStart(8, '0')}`;

/** 发证日期 and 有效期至: as given (existing stock), else today and the type's validity rule. */
function datesOf(type: CertificateTypeRow, input: IssueInput, now: Date): { issuedOn: string; validTo: string | null } {
  const issuedOn = input.issuedOn ?? chinaDate(now);
  return { issuedOn, validTo: input.validTo !== undefined ? input.validTo : validToOf(type.validity as ValidityRule, issuedOn) };
}

/**
 * 制证: a certificate's row — identifier, face, validity — signed by the issuer's keys, ready to insert. It writes
 * nothing of its own (the key store makes a department's keys on their first use); the serial is the caller's:
 * taken one at a time on issue, in blocks by the import.
 */
export async function signedCertificate(
  keys: KeyStore, repo: CertificatesRepository, type: CertificateTypeRow, input: IssueInput, at: { serial: string; now: Date },
): Promise<NewCertificateRow> {
  const { serial, now } = at;
  const { issuedOn, validTo } = datesOf(type, input, now);
  const version = input.version ?? 1;
  const row: NewCertificateRow & Parameters<typeof signedData>[0] = {
    identifier: formatCertificateId({ typeCode: type.code, issuerUscc: input.issuer.uscc, serial, version }),
    typeId: type.id, typeCode: type.code, typeName: type.name, serial, version,
    holderName: input.holder.name, holderCodeType: holderCodeTypeOf(input.holder.kind === 'citizen' ? 'person' : 'organisation'),
    holderCode: input.holder.code, holderAccountId: input.holder.accountId,
    issuerDepartmentId: input.issuer.departmentId, issuerName: input.issuer.name, issuerUscc: input.issuer.uscc, regionCode: input.issuer.regionCode,
    issuedOn, validFrom: issuedOn, validTo, status: 'valid', trustLevel: input.trustLevel,
    face: faceOf(type, input, { issuedOn, validTo }), signatures: [],
    caseId: input.case?.id ?? null, caseNumber: input.case?.number ?? null, createdAt: now,
  };
  row.signatures = await keys.sign(repo, input.issuer.departmentId, signedData(row), now);
  return row;
}

/**
 * 签发: takes the certificate's serial (the next of its type and issuer this year, unless a re-issue keeps its
 * own), makes and signs its row (`make`), and inserts it (`issue`, inside the caller's transaction). With `serialsDb`
 * (a database serving several statements at once), the serial is taken there, in a statement of its own: every
 * issuer of a type then holds the counter for that statement only, not while it signs and until its transaction
 * commits; a transaction that rolls back leaves its serial unused (serials are unique, not gapless: an import takes
 * blocks).
 */
export function createIssuer(keys: KeyStore, clock: () => Date, serialsDb?: Db) {
  /** The certificate's row, serial taken and signed, for the caller to insert (the decision's statement does). */
  async function make(db: Db, type: CertificateTypeRow, input: IssueInput): Promise<NewCertificateRow> {
    const repo = certificatesRepository(db);
    const now = clock();
    const year = Number(datesOf(type, input, now).issuedOn.slice(0, 4));
    const serials = serialsDb ? certificatesRepository(serialsDb) : repo;
    const serial = input.serial ?? serialText(year, await serials.nextSerial(type.code, input.issuer.uscc, year));
    return signedCertificate(keys, repo, type, input, { serial, now });
  }

  return {
    make,
    async issue(db: Db, type: CertificateTypeRow, input: IssueInput): Promise<CertificateRow> {
      const [saved] = await certificatesRepository(db).insertCertificates([await make(db, type, input)]);
      return saved!;
    },
  };
}

export type Issuer = ReturnType<typeof createIssuer>;
