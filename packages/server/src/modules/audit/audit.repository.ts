import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { GENESIS_HASH, linkTemplate, type UnlinkedEntry } from './audit-chain.js';
import { auditLog } from './audit.tables.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** Counting the matches of a search stops here (the page itself is never capped). */
export const AUDIT_COUNT_CAP = 10_000;

/** The key of the transaction-scoped advisory lock that makes appends to the chain take turns (migrations use 7202601). */
export const AUDIT_CHAIN_LOCK = 7202602;

/**
 * Appends the entry as the next link of the chain, in one statement: seq and prev_hash from the head the statement
 * sees, the hash over the canonical text around them (linkTemplate). The primary key keeps the chain from forking:
 * when another writer took that seq since the statement's snapshot, it appends nothing and the caller tries again.
 * The statement also takes the chain's lock, held to the end of the transaction, so that writers queue there instead
 * of racing: a retry then runs under the lock, sees the new head and succeeds.
 */
export function appendQuery(db: Db, entry: UnlinkedEntry) {
  const { before, between } = linkTemplate(entry);
  return db.insert(auditLog).select(sql`
    select head.seq + 1, ${entry.at.toISOString()}::timestamptz, ${entry.actorId}, ${entry.actorName}, ${entry.actorRole}, ${entry.action},
      ${entry.resourceType}, ${entry.resourceId}, ${entry.outcome}, ${entry.ip}, ${JSON.stringify(entry.detail)}::jsonb, head.hash,
      encode(sha256(convert_to(${before} || '"' || head.hash || '"' || ${between} || (head.seq + 1)::text || '}', 'UTF8')), 'hex')
    from (select pg_advisory_xact_lock(${sql.raw(String(AUDIT_CHAIN_LOCK))})) chain_lock,
      ((select seq, hash from ${auditLog} order by seq desc limit 1) union all (select 0, ${GENESIS_HASH}) order by seq desc limit 1) head`)
    .onConflictDoNothing({ target: auditLog.seq });
}

/** appendQuery as a part of a larger statement: it gives the seq appended, or no row. */
export const appendStatement = (db: Db, entry: UnlinkedEntry): SQL => appendQuery(db, entry).returning({ seq: auditLog.seq }).getSQL();

/** Filters of the audit log, already validated and masked. */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: string;
  from?: Date;
  to?: Date;
}

function conditions(f: AuditFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.actorId) conds.push(eq(auditLog.actorId, f.actorId));
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.resourceType) conds.push(eq(auditLog.resourceType, f.resourceType));
  if (f.resourceId) conds.push(eq(auditLog.resourceId, f.resourceId));
  if (f.outcome) conds.push(eq(auditLog.outcome, f.outcome));
  if (f.from) conds.push(gte(auditLog.at, f.from));
  if (f.to) conds.push(lt(auditLog.at, f.to));
  return conds;
}

export function auditRepository(db: Db) {
  return {
    async findHead(): Promise<{ seq: number; hash: string } | null> {
      const [row] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      return row ?? null;
    },

    /** The entry as appended, or null when another writer took its seq first (appendQuery). */
    async append(entry: UnlinkedEntry): Promise<AuditRow | null> {
      const [row] = await appendQuery(db, entry).returning();
      return row ?? null;
    },

    /** Entries in seq order after `seq` (null: from the very first, whatever its number). */
    async listAfter(seq: number | null, limit: number): Promise<AuditRow[]> {
      return db.select().from(auditLog).where(seq === null ? undefined : gt(auditLog.seq, seq)).orderBy(asc(auditLog.seq)).limit(limit);
    },

    /** Newest first, with the number of matches counted up to the cap. */
    async search(filter: AuditFilter, offset: number, limit: number): Promise<{ rows: AuditRow[]; total: number }> {
      const where = and(...conditions(filter));
      const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).offset(offset).limit(limit);
      const capped = db.select({ one: sql`1` }).from(auditLog).where(where).limit(AUDIT_COUNT_CAP + 1).as('capped');
      const [count] = await db.select({ n: sql<number>`cast(count(*) as integer)` }).from(capped);
      return { rows, total: count?.n ?? 0 };
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
