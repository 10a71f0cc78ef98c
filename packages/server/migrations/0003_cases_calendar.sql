CREATE TABLE "calendar_days" (
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "calendar_days_date_pk" PRIMARY KEY("date")
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"notice" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"step_id" uuid,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"role" text,
	"at" timestamp with time zone NOT NULL,
	"channel" text,
	"place" text,
	"opinion" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_events_case_id_seq_pk" PRIMARY KEY("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "case_numbers" (
	"region_code" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_numbers_region_code_day_pk" PRIMARY KEY("region_code","day")
);
--> statement-breakpoint
CREATE TABLE "case_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"stage" integer NOT NULL,
	"stage_name" text NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"department_name" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone,
	"started_on" date,
	"decided_at" timestamp with time zone,
	"opinion" text,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extensions" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text,
	"item_id" uuid NOT NULL,
	"item_version" integer NOT NULL,
	"item_name" text NOT NULL,
	"impl_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"department_name" text NOT NULL,
	"region_code" text NOT NULL,
	"region_name" text NOT NULL,
	"promised_workdays" integer NOT NULL,
	"form" jsonb NOT NULL,
	"review_flow" jsonb NOT NULL,
	"material_names" jsonb NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_account_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"applicant_uscc" text,
	"applicant_phone" text NOT NULL,
	"agent_account_id" uuid,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"form_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"correction" jsonb,
	"delivery" jsonb,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_on" date,
	"concluded_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"mime" text NOT NULL,
	"name" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"case_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."calendar_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_steps_case_idx" ON "case_steps" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_steps_department_idx" ON "case_steps" USING btree ("department_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_uq" ON "cases" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency_uq" ON "cases" USING btree ("created_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_account_id","updated_at");--> statement-breakpoint
CREATE INDEX "cases_status_region_idx" ON "cases" USING btree ("status","region_code");--> statement-breakpoint
CREATE INDEX "cases_department_idx" ON "cases" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "messages_account_idx" ON "messages" USING btree ("account_id","created_at");