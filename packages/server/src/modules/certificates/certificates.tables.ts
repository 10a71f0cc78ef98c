import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments } from '../regions/regions.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** 证照类型目录: a certificate type defined by one department, with the fields on its face. */
export const certificateTypes = pgTable(
  'certificate_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 证照类型代码: the defining department's USCC + `sequence` in 3 digits */
    code: text('code').notNull(),
    sequence: integer('sequence').notNull(),
    name: text('name').notNull(),
    /** 定义机构 */
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    holderKind: text('holder_kind').notNull(),
    /** 照面项 (FaceField[]) */
    faceFields: jsonb('face_fields').notNull(),
    /** 有效期规则 (ValidityRule) */
    validity: jsonb('validity').notNull(),
    description: text('description').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('certificate_types_code_idx').on(t.code), uniqueIndex('certificate_types_name_idx').on(t.name)],
);

/**
 * 电子证照: one version of a certificate. Its signed fields never change after issuance; revocation and
 * re-issue (a new row, the next version) only set the status columns.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 证照标识 (GB/T 36904 form with its MOD 37,36 check character) */
    identifier: text('identifier').notNull(),
    typeId: uuid('type_id').notNull().references(() => certificateTypes.id),
    typeCode: text('type_code').notNull(),
    typeName: text('type_name').notNull(),
    serial: text('serial').notNull(),
    version: integer('version').notNull(),
    holderName: text('holder_name').notNull(),
    /** 持证主体代码类型: 111 citizen ID, 001 USCC */
    holderCodeType: text('holder_code_type').notNull(),
    holderCode: text('holder_code').notNull(),
    /** The holder's account, when it was issued on an application from one */
    holderAccountId: uuid('holder_account_id'),
    issuerDepartmentId: uuid('issuer_department_id').notNull(),
    issuerName: text('issuer_name').notNull(),
    issuerUscc: text('issuer_uscc').notNull(),
    regionCode: text('region_code').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** valid | revoked (expiry is computed) */
    status: text('status').notNull(),
    trustLevel: text('trust_level').notNull(),
    /** 照面信息 (FaceValue[]) */
    face: jsonb('face').notNull(),
    /** [{ algorithm, keyId, value }] over the canonical form of the signed fields */
    signatures: jsonb('signatures').notNull(),
    caseId: uuid('case_id'),
    caseNumber: text('case_number'),
    revokedAt: ts('revoked_at'),
    revokeReason: text('revoke_reason'),
    supersededBy: text('superseded_by'),
    /** 状态列表序号: the certificate's bit in its issuer's W3C status list (credentials.service); given by the database, never reused */
    statusIndex: integer('status_index').notNull().generatedAlwaysAsIdentity(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('certificates_identifier_idx').on(t.identifier),
    index('certificates_holder_idx').on(t.holderCode),
    index('certificates_holder_account_idx').on(t.holderAccountId),
    index('certificates_type_idx').on(t.typeId),
    index('certificates_issuer_idx').on(t.issuerDepartmentId),
    index('certificates_case_idx').on(t.caseId),
  ],
);

/** 顺序号: the last serial given per type, issuer and year. */
export const certificateSerials = pgTable(
  'certificate_serials',
  {
    typeCode: text('type_code').notNull(),
    issuerUscc: text('issuer_uscc').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.typeCode, t.issuerUscc, t.year] })],
);

/**
 * 签名密钥: each issuing department's key pairs. The private key is sealed (AES-256-GCM) under the key store's
 * master key and never leaves the server; a retired key still verifies what it signed.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    id: text('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    algorithm: text('algorithm').notNull(),
    publicKey: text('public_key').notNull(),
    sealedPrivateKey: text('sealed_private_key').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    retiredAt: ts('retired_at'),
  },
  (t) => [uniqueIndex('signing_keys_current_idx').on(t.departmentId, t.algorithm).where(sql`retired_at is null`)],
);

/** 用证规则 (数据共享交换): which department may read which certificate type, for which purpose. */
export const certificateExchangeRules = pgTable(
  'certificate_exchange_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    typeId: uuid('type_id').notNull().references(() => certificateTypes.id),
    departmentId: uuid('department_id').notNull(),
    purpose: text('purpose').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('certificate_exchange_rules_idx').on(t.typeId, t.departmentId)],
);

/** 用证记录: every read of a certificate by staff or a partner system, and every reuse in an application. */
export const certificateUses = pgTable(
  'certificate_uses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id').notNull().references(() => certificates.id),
    at: ts('at').notNull(),
    /** read | reuse | verify-staff */
    kind: text('kind').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    departmentName: text('department_name'),
    purpose: text('purpose').notNull(),
    caseId: uuid('case_id'),
    caseNumber: text('case_number'),
  },
  (t) => [index('certificate_uses_certificate_idx').on(t.certificateId, t.at)],
);

/**
 * 存量证照导入任务: one upload of existing certificates of one type. Its status and progress live here (not in
 * memory), so any server process answers the progress, and a restart leaves a record of what happened.
 */
export const certificateImports = pgTable(
  'certificate_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    typeId: uuid('type_id').notNull().references(() => certificateTypes.id),
    typeName: text('type_name').notNull(),
    /** The issuing department: the type's defining department */
    departmentId: uuid('department_id').notNull(),
    /** validating | importing | done | failed */
    status: text('status').notNull(),
    /** csv | json */
    format: text('format').notNull(),
    fileName: text('file_name'),
    total: integer('total').notNull(),
    /** Rows signed so far */
    done: integer('done').notNull().default(0),
    /** FieldIssue[] that failed the import */
    errors: jsonb('errors'),
    message: text('message'),
    createdById: text('created_by_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** Touched with each progress step: a job that stops being touched was interrupted */
    updatedAt: ts('updated_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('certificate_imports_department_idx').on(t.departmentId, t.createdAt)],
);

/** 存量证照导入记录: which row of which import became which certificate; a row is imported once per type. */
export const certificateImportRows = pgTable(
  'certificate_import_rows',
  {
    certificateId: uuid('certificate_id').primaryKey().references(() => certificates.id),
    importId: uuid('import_id').notNull().references(() => certificateImports.id),
    typeId: uuid('type_id').notNull(),
    holderCode: text('holder_code').notNull(),
    /** 原证照编号 ('' when the file gave none) */
    originalNumber: text('original_number').notNull(),
    line: integer('line').notNull(),
  },
  (t) => [
    uniqueIndex('certificate_import_rows_key_idx').on(t.typeId, t.holderCode, t.originalNumber),
    index('certificate_import_rows_import_idx').on(t.importId),
  ],
);
