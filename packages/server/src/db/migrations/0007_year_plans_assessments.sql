CREATE TABLE "assessment_sheets" (
	"year" integer PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"self_scores" jsonb NOT NULL,
	"self_total" numeric(5, 1),
	"self_note" text,
	"review_scores" jsonb,
	"review_total" numeric(5, 1),
	"review_note" text,
	"grade" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_target_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"target_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"value" numeric(18, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"value_for_all" numeric(18, 4),
	"note" text,
	"list_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_achievements" (
	"id" serial PRIMARY KEY NOT NULL,
	"target_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"as_of" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "year_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"theme" text NOT NULL,
	"key_tasks" jsonb NOT NULL,
	"document_number" text,
	"issued_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_target_assignments" ADD CONSTRAINT "plan_target_assignments_target_id_plan_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."plan_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_target_assignments" ADD CONSTRAINT "plan_target_assignments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_year_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."year_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_achievements" ADD CONSTRAINT "target_achievements_target_id_plan_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."plan_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_achievements" ADD CONSTRAINT "target_achievements_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_achievements" ADD CONSTRAINT "target_achievements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_plans" ADD CONSTRAINT "year_plans_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_plans" ADD CONSTRAINT "year_plans_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_unit_year" ON "assessments" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "assessments_year_grade" ON "assessments" USING btree ("year","grade");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_target_assignments_unit" ON "plan_target_assignments" USING btree ("target_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_targets_indicator" ON "plan_targets" USING btree ("plan_id","indicator_code");--> statement-breakpoint
CREATE INDEX "target_achievements_unit" ON "target_achievements" USING btree ("target_id","unit_id","as_of");--> statement-breakpoint
CREATE UNIQUE INDEX "year_plans_unit_year" ON "year_plans" USING btree ("unit_id","year");