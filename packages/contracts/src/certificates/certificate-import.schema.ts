import { z } from 'zod';
import { codeTable } from '../common/codes.js';
import type { FaceField } from './certificate.schema.js';

/** 存量证照导入 limits: rows per file and the file's size. */
export const CERTIFICATE_IMPORT_LIMITS = { maxRows: 5000, maxBytes: 5 * 1024 * 1024 } as const;

/** 导入任务状态: checked, then signed and written (all or nothing), then done or failed. */
export const CERTIFICATE_IMPORT_STATUSES = codeTable({ validating: '校验中', importing: '导入中', done: '已完成', failed: '失败' });
export type CertificateImportStatus = (typeof CERTIFICATE_IMPORT_STATUSES.codes)[number];

/** The columns every import file has besides the type's face fields (camelCase: face field keys are snake_case). */
export const CERTIFICATE_IMPORT_COLUMNS = codeTable({
  holderName: '持证人名称',
  holderCode: '持证人证件号码',
  issuedOn: '发证日期',
  validTo: '有效期至',
  originalNumber: '原证照编号',
});
export type CertificateImportFixedColumn = (typeof CERTIFICATE_IMPORT_COLUMNS.codes)[number];

/** Face field sources the platform fills in itself for existing stock: such fields are not columns of the file. */
export const DERIVED_FACE_SOURCES = ['holder.name', 'holder.code', 'issuer.name', 'issuedOn', 'validTo'] as const;

/** One column of an import file for a certificate type. */
export interface CertificateImportColumn {
  /** holderName … or the face field's key */
  key: string;
  label: string;
  required: boolean;
  /** Whether it is one of the type's face fields (then `face.<key>` in JSON). */
  face: boolean;
  type: 'text' | 'date' | 'number';
}

/**
 * The columns of a type's import file, in template order: the holder, the dates, the original number, then
 * each face field the platform cannot fill in itself (those from the holder, issuer or dates are derived).
 */
export function certificateImportColumns(type: { faceFields: readonly Pick<FaceField, 'key' | 'label' | 'required' | 'source' | 'type'>[] }): CertificateImportColumn[] {
  const fixed: CertificateImportColumn[] = CERTIFICATE_IMPORT_COLUMNS.codes.map((key) => ({
    key, label: CERTIFICATE_IMPORT_COLUMNS.label(key), required: key === 'holderName' || key === 'holderCode' || key === 'issuedOn',
    face: false, type: key === 'issuedOn' || key === 'validTo' ? 'date' : 'text',
  }));
  const derived = new Set<string>(DERIVED_FACE_SOURCES);
  const face = type.faceFields
    .filter((f) => !(f.source && derived.has(f.source)))
    .map((f) => ({ key: f.key, label: f.label, required: f.required, face: true, type: f.type }));
  return [...fixed, ...face];
}

/** A template's header cell: the label for people, the key in brackets for the machine — `持证人名称(holderName)`. */
export const importHeaderOf = (column: Pick<CertificateImportColumn, 'key' | 'label'>) => `${column.label}(${column.key})`;

const Cell = z.union([z.string(), z.number()], { error: '应为文字或数字' }).transform((v) => String(v));
/** A cell the row check requires: missing here is named there ("请填写…"), with the rest of the row's problems. */
const Needed = Cell.optional().transform((v) => v ?? '');

/** One certificate in a JSON import (a CSV row has the same columns, face fields by their key). */
export const CertificateImportRow = z.object({
  holderName: Needed,
  /** 公民身份号码 (person) or 统一社会信用代码 (organisation) */
  holderCode: Needed,
  /** YYYY-MM-DD */
  issuedOn: Needed,
  /** YYYY-MM-DD, 长期 (no expiry), or empty: from the type's validity rule */
  validTo: Cell.nullable().optional(),
  /** 原证照编号 in the issuer's former system: with the holder's code, it identifies the row (no double import) */
  originalNumber: Cell.nullable().optional(),
  face: z.record(z.string(), Cell.nullable()).default({}),
}).strict();
export type CertificateImportRow = z.infer<typeof CertificateImportRow>;

/**
 * 存量证照导入 as a JSON body. Rows are checked by the server one by one (every problem with its row number),
 * so the envelope only asks for a list.
 */
export const CertificateImportRequest = z.object({
  typeId: z.string({ error: '请选择证照类型' }).uuid('请选择证照类型'),
  rows: z.array(z.unknown(), { error: '请提供 rows（证照列表）' }),
  fileName: z.string().trim().max(200).optional(),
});
export type CertificateImportRequest = z.infer<typeof CertificateImportRequest>;

export const CertificateImportTemplateQuery = z.object({ typeId: z.string().uuid('请选择证照类型') });

/** One problem of an import file: the row (CSV line, or the item's number in JSON), the column, the reason. */
export const CertificateImportIssue = z.object({ line: z.number().optional(), field: z.string(), message: z.string() });

/** 导入任务: its progress (`done` of `total` rows signed), and at the end the outcome. */
export const CertificateImportView = z.object({
  id: z.string(),
  typeId: z.string(),
  typeName: z.string(),
  status: z.enum(CERTIFICATE_IMPORT_STATUSES.codes),
  format: z.enum(['csv', 'json']),
  fileName: z.string().nullable(),
  total: z.number(),
  done: z.number(),
  /** Row problems that failed the import (nothing was imported). */
  errors: z.array(CertificateImportIssue).nullable(),
  /** Why it failed, or what it did. */
  message: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type CertificateImportView = z.infer<typeof CertificateImportView>;
