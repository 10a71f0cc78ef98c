CREATE TABLE "audit_chain_head" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"seq" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_one_row" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "audit_chain_head" ("id", "seq", "prev_hash", "hash")
  SELECT 1, "seq", "prev_hash", "hash" FROM "audit_log"
  UNION ALL SELECT 1, 0, repeat('0', 64), repeat('0', 64)
  ORDER BY 2 DESC LIMIT 1;
