CREATE TABLE "catalog_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"basic_code" text NOT NULL,
	"name" text NOT NULL,
	"item_type" char(2) NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_items_basic_code_unique" UNIQUE("basic_code")
);
--> statement-breakpoint
CREATE TABLE "item_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer,
	"reason" text,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_versions" (
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "item_versions_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
CREATE TABLE "items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"impl_code" text NOT NULL,
	"catalog_item_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"department_name" text NOT NULL,
	"region_code" text NOT NULL,
	"region_name" text NOT NULL,
	"level" char(1) NOT NULL,
	"power_source" char(1) NOT NULL,
	"status" text NOT NULL,
	"current_version" integer,
	"draft_version" integer,
	"delegated_from_id" uuid,
	"inherits_source" boolean DEFAULT false NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"item_type" char(2) NOT NULL,
	"service_objects" text[] NOT NULL,
	"trips" integer NOT NULL,
	"online_depth" char(1) NOT NULL,
	"is_online" boolean NOT NULL,
	"case_type" char(1) NOT NULL,
	"legal_value" integer,
	"legal_unit" text,
	"promised_value" integer NOT NULL,
	"promised_unit" text NOT NULL,
	"not_one_trip_reason" text,
	"person_themes" text[] NOT NULL,
	"enterprise_themes" text[] NOT NULL,
	"materials_count" integer DEFAULT 0 NOT NULL,
	"materials_cancelled" integer DEFAULT 0 NOT NULL,
	"materials_replaceable" integer DEFAULT 0 NOT NULL,
	"name_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_names" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	CONSTRAINT "search_names_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"uscc" text NOT NULL,
	"region_code" text NOT NULL,
	"level" char(1) NOT NULL,
	"nature" char(1) NOT NULL,
	"docking_mode" text NOT NULL,
	"sector" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" char(1) NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
ALTER TABLE "item_changes" ADD CONSTRAINT "item_changes_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_delegated_from_id_items_id_fk" FOREIGN KEY ("delegated_from_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_name_id_search_names_id_fk" FOREIGN KEY ("name_id") REFERENCES "public"."search_names"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_changes_item_idx" ON "item_changes" USING btree ("item_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "items_impl_code_uq" ON "items" USING btree ("impl_code");--> statement-breakpoint
CREATE INDEX "items_region_idx" ON "items" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "items_department_idx" ON "items" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "items_delegated_from_idx" ON "items" USING btree ("delegated_from_id");--> statement-breakpoint
CREATE INDEX "items_catalog_item_idx" ON "items" USING btree ("catalog_item_id");--> statement-breakpoint
CREATE INDEX "items_name_idx" ON "items" USING btree ("name_id","status","level","region_code");--> statement-breakpoint
CREATE INDEX "items_name_region_idx" ON "items" USING btree ("name_id","status","region_code");--> statement-breakpoint
CREATE INDEX "search_names_vector_idx" ON "search_names" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_uscc_uq" ON "departments" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_region_sector_uq" ON "departments" USING btree ("region_code","sector");--> statement-breakpoint
CREATE INDEX "departments_region_idx" ON "departments" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");