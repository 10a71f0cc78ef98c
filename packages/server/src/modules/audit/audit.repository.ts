import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import { rowsFromJson, withParts, type Db } from '../../platform/db/index.js';
import { linkTemplate, type UnlinkedEntry } from './audit-chain.js';
import { auditChainHead, auditLog } from './audit.tables.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** Counting the matches of a search stops here (the page itself is never capped). */
export const AUDIT_COUNT_CAP = 10_000;

/**
 * Appends the entry as the next link of the chain, as two parts of one statement (WITH name_head AS (…), name AS
 * (…)): the head row moves on — seq + 1, and the hash over the canonical text around the head's hash
 * (linkTemplate) — and the entry is inserted with the link that the head gives back. The head's row lock makes
 * appenders take turns until their transactions end; one that waited computes its link from the head as the other
 * left it, so it never forks the chain nor needs a second try. The part `name` gives the entry's row as JSON.
 * Without the head row (migration 0007) the entry's seq is null, and the statement fails.
 */
export function appendParts(entry: UnlinkedEntry, name: string): [string, SQL][] {
  const { before, between } = linkTemplate(entry);
  const head = `${name}_head`;
  return [
    [head, sql`update ${auditChainHead} set seq = seq + 1, prev_hash = hash,
      hash = encode(sha256(convert_to(${before} || '"' || hash || '"' || ${between} || (seq + 1)::text || '}', 'UTF8')), 'hex')
      where id = 1 returning seq, prev_hash, hash`],
    [name, sql`insert into ${auditLog} (seq, at, actor_id, actor_name, actor_role, action, resource_type, resource_id, outcome, ip, detail, prev_hash, hash)
      select h.seq, ${entry.at.toISOString()}::timestamptz, ${entry.actorId}, ${entry.actorName}, ${entry.actorRole}, ${entry.action},
        ${entry.resourceType}, ${entry.resourceId}, ${entry.outcome}, ${entry.ip}, ${JSON.stringify(entry.detail)}::jsonb, h.prev_hash, h.hash
      from (select) one left join ${sql.identifier(head)} h on true
      returning row_to_json(${auditLog}) as row`],
  ];
}

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

    /** The entry as appended, in one statement (appendParts). */
    async append(entry: UnlinkedEntry): Promise<AuditRow> {
      const result = await db.execute(withParts(appendParts(entry, 'a'), sql`select row from a`)) as unknown as { rows: { row: unknown }[] };
      return rowsFromJson(auditLog, result.rows.map((r) => r.row))[0]!;
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
