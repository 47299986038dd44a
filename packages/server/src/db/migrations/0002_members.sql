CREATE TABLE "import_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer,
	"file_name" text NOT NULL,
	"dry_run" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "member_offices" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" serial PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"full_name_normalized" text NOT NULL,
	"gender" text NOT NULL,
	"date_of_birth" date,
	"date_of_birth_precision" text DEFAULT 'day' NOT NULL,
	"national_id" text,
	"ethnicity" text,
	"religion" text,
	"nationality" text DEFAULT 'VN' NOT NULL,
	"foreign_contract_months" integer,
	"education" text,
	"occupation" text,
	"position" text,
	"employer" text,
	"phone" text,
	"email" text,
	"address" text,
	"joined_union_on" date,
	"card_number" text,
	"dues_group" text,
	"salary_basis" bigint,
	"status" text NOT NULL,
	"unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"start_kind" text NOT NULL,
	"start_decision" text,
	"end_kind" text,
	"end_reason" text,
	"end_decision" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_offices" ADD CONSTRAINT "member_offices_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_offices" ADD CONSTRAINT "member_offices_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_jobs_unit" ON "import_jobs" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "member_offices_member" ON "member_offices" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_national_id" ON "members" USING btree ("national_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_card_number" ON "members" USING btree ("card_number");--> statement-breakpoint
CREATE INDEX "members_unit" ON "members" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "members_name_trgm" ON "members" USING gin ("full_name_normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_phone" ON "members" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "memberships_unit_period" ON "memberships" USING btree ("unit_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "memberships_member" ON "memberships" USING btree ("member_id","valid_from");--> statement-breakpoint
CREATE INDEX "memberships_from" ON "memberships" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "memberships_to" ON "memberships" USING btree ("valid_to");