CREATE TABLE "certificate_import_rows" (
	"certificate_id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"type_id" uuid NOT NULL,
	"holder_code" text NOT NULL,
	"original_number" text NOT NULL,
	"line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" uuid NOT NULL,
	"type_name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"status" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"errors" jsonb,
	"message" text,
	"created_by_id" text NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "certificate_import_rows" ADD CONSTRAINT "certificate_import_rows_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_import_rows" ADD CONSTRAINT "certificate_import_rows_import_id_certificate_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."certificate_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_imports" ADD CONSTRAINT "certificate_imports_type_id_certificate_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."certificate_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_import_rows_key_idx" ON "certificate_import_rows" USING btree ("type_id","holder_code","original_number");--> statement-breakpoint
CREATE INDEX "certificate_import_rows_import_idx" ON "certificate_import_rows" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "certificate_imports_department_idx" ON "certificate_imports" USING btree ("department_id","created_at");