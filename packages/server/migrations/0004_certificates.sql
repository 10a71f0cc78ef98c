CREATE TABLE "certificate_exchange_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_serials" (
	"type_code" text NOT NULL,
	"issuer_uscc" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "certificate_serials_type_code_issuer_uscc_year_pk" PRIMARY KEY("type_code","issuer_uscc","year")
);
--> statement-breakpoint
CREATE TABLE "certificate_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"sequence" integer NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"holder_kind" text NOT NULL,
	"face_fields" jsonb NOT NULL,
	"validity" jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"department_name" text,
	"purpose" text NOT NULL,
	"case_id" uuid,
	"case_number" text
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier" text NOT NULL,
	"type_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"type_name" text NOT NULL,
	"serial" text NOT NULL,
	"version" integer NOT NULL,
	"holder_name" text NOT NULL,
	"holder_code_type" text NOT NULL,
	"holder_code" text NOT NULL,
	"holder_account_id" uuid,
	"issuer_department_id" uuid NOT NULL,
	"issuer_name" text NOT NULL,
	"issuer_uscc" text NOT NULL,
	"region_code" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"status" text NOT NULL,
	"trust_level" text NOT NULL,
	"face" jsonb NOT NULL,
	"signatures" jsonb NOT NULL,
	"case_id" uuid,
	"case_number" text,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"superseded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"algorithm" text NOT NULL,
	"public_key" text NOT NULL,
	"sealed_private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "result_certificate_type" text;--> statement-breakpoint
ALTER TABLE "certificate_exchange_rules" ADD CONSTRAINT "certificate_exchange_rules_type_id_certificate_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."certificate_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_types" ADD CONSTRAINT "certificate_types_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_uses" ADD CONSTRAINT "certificate_uses_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_type_id_certificate_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."certificate_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_exchange_rules_idx" ON "certificate_exchange_rules" USING btree ("type_id","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_types_code_idx" ON "certificate_types" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_types_name_idx" ON "certificate_types" USING btree ("name");--> statement-breakpoint
CREATE INDEX "certificate_uses_certificate_idx" ON "certificate_uses" USING btree ("certificate_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_identifier_idx" ON "certificates" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "certificates_holder_idx" ON "certificates" USING btree ("holder_code");--> statement-breakpoint
CREATE INDEX "certificates_holder_account_idx" ON "certificates" USING btree ("holder_account_id");--> statement-breakpoint
CREATE INDEX "certificates_type_idx" ON "certificates" USING btree ("type_id");--> statement-breakpoint
CREATE INDEX "certificates_issuer_idx" ON "certificates" USING btree ("issuer_department_id");--> statement-breakpoint
CREATE INDEX "certificates_case_idx" ON "certificates" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_current_idx" ON "signing_keys" USING btree ("department_id","algorithm") WHERE retired_at is null;