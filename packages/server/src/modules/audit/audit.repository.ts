import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { auditLog } from './audit.tables.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** The key of the transaction-scoped advisory lock that serialises appends to the chain (migrations use 7202601). */
export const AUDIT_CHAIN_LOCK = 7202602;

/** Counting the matches of a search stops here (the page itself is never capped). */
export const AUDIT_COUNT_CAP = 10_000;

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
    /** Waits for, then holds until the transaction ends, the right to append: call inside a transaction. */
    async lockChain(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(AUDIT_CHAIN_LOCK))})`);
    },

    async findHead(): Promise<{ seq: number; hash: string } | null> {
      const [row] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      return row ?? null;
    },

    async insert(row: AuditRow): Promise<AuditRow> {
      const [created] = await db.insert(auditLog).values(row).returning();
      return created!;
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
