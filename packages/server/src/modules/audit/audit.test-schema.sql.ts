import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';

/**
 * TEST ONLY, temporary: the SQL that `npm run db:generate` produces for audit.tables.ts (drizzle-kit 0.31 output,
 * copied verbatim). The tests create the table with it until the migration exists; then delete this file and the
 * two lines in the tests that use it.
 */
export const AUDIT_TEST_SCHEMA = `
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"actor_role" text,
	"action" text NOT NULL,
	"resource_type" text,
	"resource_id" text,
	"outcome" text NOT NULL,
	"ip" text,
	"detail" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "audit_log_resource_idx" ON "audit_log" USING btree ("resource_type","resource_id","seq");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","seq");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");`;

/** Creates the audit table in a test database that lacks it (a no-op once the migration exists). */
export async function createAuditTestTable(db: Db): Promise<void> {
  const res: unknown = await db.execute(sql`select to_regclass('audit_log')::text as name`);
  if ((res as { rows: { name: string | null }[] }).rows[0]?.name) return;
  for (const statement of AUDIT_TEST_SCHEMA.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));
}
