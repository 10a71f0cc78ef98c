import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * 账户: one table for the three kinds (自然人 citizen, 法人 enterprise, 工作人员 staff); the columns that a kind
 * does not use stay null. Identifiers are unique per kind, so a person and a staff member may share a phone.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** 姓名 / 单位名称 */
    name: text('name').notNull(),
    /** argon2id PHC string; null for accounts that only sign in through the identity provider */
    passwordHash: text('password_hash'),
    /** 公民身份号码 (citizen) */
    idNumber: text('id_number'),
    /** 手机号码 (citizen, enterprise contact, staff) */
    phone: text('phone'),
    /** 统一社会信用代码 (enterprise) */
    uscc: text('uscc'),
    /** 法人类型 (enterprise) */
    legalPersonKind: text('legal_person_kind'),
    /** 法定代表人 and their ID number (enterprise) */
    legalRepresentative: text('legal_representative'),
    legalRepresentativeIdNumber: text('legal_representative_id_number'),
    /** 登录名 (staff) */
    username: text('username'),
    /** 角色 (staff) */
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    /** 所属部门 (staff) */
    departmentIds: uuid('department_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** 所属区划: staff scope; a person's ID-number region; an enterprise's registration region */
    regionCode: text('region_code'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    /** 统一身份认证: issuer and subject of the linked external identity */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_citizen_id_uq').on(t.idNumber).where(sql`kind = 'citizen'`),
    uniqueIndex('accounts_citizen_phone_uq').on(t.phone).where(sql`kind = 'citizen'`),
    uniqueIndex('accounts_enterprise_uscc_uq').on(t.uscc).where(sql`kind = 'enterprise'`),
    uniqueIndex('accounts_staff_username_uq').on(t.username).where(sql`kind = 'staff'`),
    uniqueIndex('accounts_oidc_uq').on(t.oidcIssuer, t.oidcSubject),
    index('accounts_kind_name_idx').on(t.kind, t.name),
  ],
);

/** 经办人: the persons an enterprise lets act for it; removal ends the link (kept for the record). */
export const enterpriseAgents = pgTable(
  'enterprise_agents',
  {
    enterpriseId: uuid('enterprise_id').notNull().references(() => accounts.id),
    personId: uuid('person_id').notNull().references(() => accounts.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.personId] }), index('enterprise_agents_person_idx').on(t.personId)],
);

/** 会话: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    /** The enterprise a person acts for as its agent (代办), if any. */
    actingFor: uuid('acting_for').references(() => accounts.id),
    csrfToken: text('csrf_token').notNull(),
    /** How the session was opened: password, sms, oidc, register. */
    method: text('method').notNull(),
    ip: text('ip'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** 登录失败计数: per account identifier (existing or not), for slowing down and locking out guessing. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** 短信验证码: one live code per phone and purpose; only its hash is kept. */
export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phone: text('phone').notNull(),
    purpose: text('purpose').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [index('sms_codes_phone_idx').on(t.phone, t.purpose, t.createdAt)],
);

/** 统一身份认证 sign-ins under way: what the callback needs, keyed by the state sent to the provider. */
export const oidcPending = pgTable('oidc_pending', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  next: text('next').notNull(),
  createdAt: createdAt(),
});

/** 接口令牌 of partner systems (部门业务系统): shown once, stored as SHA-256. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    departmentId: uuid('department_id').notNull(),
    permissions: text('permissions').array().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash)],
);
