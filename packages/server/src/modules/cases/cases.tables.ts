import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** 上传文件: content-addressed (SHA-256) under the data directory; the row says who uploaded it under what name. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    name: text('name').notNull(),
    /** The account that uploaded it (applicant or staff). */
    ownerId: uuid('owner_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('files_owner_idx').on(t.ownerId)],
);

/**
 * 办件. Its status is derived from its events (case_events) and kept here, in the same transaction, as a
 * projection for queues; `version` counts the events, so two staff acting at once cannot both append.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 办件编号, given on submission */
    number: text('number'),
    itemId: uuid('item_id').notNull(),
    itemVersion: integer('item_version').notNull(),
    itemName: text('item_name').notNull(),
    implCode: text('impl_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    departmentName: text('department_name').notNull(),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    /** 承诺办结时限 in working days, fixed at submission */
    promisedWorkdays: integer('promised_workdays').notNull(),
    /** The item's form and review flow as published when the case was made. */
    form: jsonb('form').notNull(),
    reviewFlow: jsonb('review_flow').notNull(),
    materialNames: jsonb('material_names').notNull(),
    /** 结果证照类型: the e-certificate type the item's result is issued as, when it is one */
    resultCertificateType: text('result_certificate_type'),
    /** 申请人: the account (person or enterprise) and, for a walk-in, who they are. */
    applicantKind: text('applicant_kind').notNull(),
    applicantAccountId: uuid('applicant_account_id'),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number'),
    applicantUscc: text('applicant_uscc'),
    applicantPhone: text('applicant_phone').notNull(),
    /** 经办人: the person who acted for the enterprise */
    agentAccountId: uuid('agent_account_id'),
    channel: text('channel').notNull(),
    status: text('status').notNull(),
    formValues: jsonb('form_values').notNull().default(sql`'{}'::jsonb`),
    materials: jsonb('materials').notNull().default(sql`'[]'::jsonb`),
    correction: jsonb('correction'),
    delivery: jsonb('delivery'),
    submittedAt: ts('submitted_at'),
    acceptedAt: ts('accepted_at'),
    /** 受理日 (China date) that starts the clock */
    acceptedOn: date('accepted_on', { mode: 'string' }),
    concludedAt: ts('concluded_at'),
    idempotencyKey: text('idempotency_key').notNull(),
    /** The account that created it (applicant or window clerk): idempotency is per creator. */
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number_uq').on(t.number),
    uniqueIndex('cases_idempotency_uq').on(t.createdBy, t.idempotencyKey),
    index('cases_applicant_idx').on(t.applicantAccountId, t.updatedAt),
    index('cases_status_region_idx').on(t.status, t.regionCode),
    index('cases_department_idx').on(t.departmentId, t.status),
  ],
);

/** 办件过程: append-only; (case, seq) is unique, which is what refuses the second of two concurrent actions. */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    stepId: uuid('step_id'),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    role: text('role'),
    at: ts('at').notNull(),
    channel: text('channel'),
    /** 地点: the hall or department where it happened */
    place: text('place'),
    opinion: text('opinion'),
    attachments: jsonb('attachments').notNull().default(sql`'[]'::jsonb`),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.seq] })],
);

/** 审批环节: one department's step of a stage, with its own clock (pauses and extensions). */
export const caseSteps = pgTable(
  'case_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    stage: integer('stage').notNull(),
    stageName: text('stage_name').notNull(),
    name: text('name').notNull(),
    departmentId: uuid('department_id').notNull(),
    departmentName: text('department_name').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull(),
    startedAt: ts('started_at'),
    startedOn: date('started_on', { mode: 'string' }),
    decidedAt: ts('decided_at'),
    opinion: text('opinion'),
    /** 特别程序: [{kind, reason, start, end}] — the clock stops between start and end */
    pauses: jsonb('pauses').notNull().default(sql`'[]'::jsonb`),
    /** 延长: [{workdays, reason, at}] */
    extensions: jsonb('extensions').notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [index('case_steps_case_idx').on(t.caseId), index('case_steps_department_idx').on(t.departmentId, t.status)],
);

/** 办件编号 counters: one row per region and China date. */
export const caseNumbers = pgTable(
  'case_numbers',
  {
    regionCode: text('region_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.day] })],
);

/** 站内消息: what the applicant is told at each step. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull(),
    caseId: uuid('case_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
  },
  (t) => [index('messages_account_idx').on(t.accountId, t.createdAt)],
);
