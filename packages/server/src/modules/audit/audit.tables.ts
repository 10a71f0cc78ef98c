import { bigint, check, index, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * 审计日志: append-only and tamper-evident — each entry carries the hash of the one before it (audit-chain.ts).
 * Written only by the audit service, one statement per entry with the chain's head (audit.repository appendParts).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /**
     * 序号: last + 1 as the appending statement sees it (the primary key keeps two writers from taking the same),
     * never by a sequence — a sequence skips numbers when a transaction rolls back, and a gap must mean only one
     * thing: a deleted entry.
     */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    /** 时间: milliseconds, as hashed (a finer value could change unseen). */
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    /** 操作人编号 (null: not known, e.g. a failed sign-in) */
    actorId: text('actor_id'),
    /** 操作人 */
    actorName: text('actor_name').notNull(),
    /** 操作人角色 */
    actorRole: text('actor_role'),
    /** 操作, e.g. `auth:sign-in`, `catalog:edit`, `personal-data:read` */
    action: text('action').notNull(),
    /** 对象类型 */
    resourceType: text('resource_type'),
    /** 对象编号 */
    resourceId: text('resource_id'),
    /** 结果: allowed | denied | failed | succeeded */
    outcome: text('outcome').notNull(),
    /** 来源地址 */
    ip: text('ip'),
    /** 详情: ID and phone numbers masked */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    /** 前一条记录的哈希 (64 zeros for the first) */
    prevHash: text('prev_hash').notNull(),
    /** 本条记录的哈希: SHA-256 over every field above, canonically serialised */
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_actor_idx').on(t.actorId, t.seq),
    index('audit_log_resource_idx').on(t.resourceType, t.resourceId, t.seq),
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_at_idx').on(t.at),
  ],
);

/**
 * 审计链头: the chain's last link, in one row that every append updates in the statement that inserts the entry.
 * Appenders take turns on its row lock, and one that waited computes its link from the head as the other left it
 * (an UPDATE re-reads a row that changed while it waited), so an append never needs a second try.
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: smallint('id').primaryKey().default(1),
    /** 最后一条记录的序号 (0: none yet) */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** 其前一条记录的哈希 */
    prevHash: text('prev_hash').notNull(),
    /** 最后一条记录的哈希 (64 zeros when there is none) */
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_chain_head_one_row', sql`${t.id} = 1`)],
);
