import { sql } from 'drizzle-orm';
import type { Db } from '../src/platform/db/index.js';

/** Empties the audit log and sets its chain's head back to the start: the next entry is seq 1 again. */
export async function clearAuditLog(db: Db): Promise<void> {
  await db.execute(sql`delete from audit_log`);
  await db.execute(sql`update audit_chain_head set seq = 0, prev_hash = repeat('0', 64), hash = repeat('0', 64)`);
}
