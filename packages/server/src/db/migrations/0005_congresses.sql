CREATE TABLE "committee_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"committee_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"position" text NOT NULL,
	"office_id" integer
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"congress_id" integer,
	"cycle" text NOT NULL,
	"body" text NOT NULL,
	"presented_on" date NOT NULL,
	"ended_on" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "congress_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"congress_id" integer NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" integer
);
--> statement-breakpoint
CREATE TABLE "congress_plan_pilots" (
	"plan_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "congress_plan_pilots_plan_id_unit_id_pk" PRIMARY KEY("plan_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "congress_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"issuer_unit_id" integer NOT NULL,
	"cycle" text NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"issued_on" date NOT NULL,
	"deadlines" jsonb NOT NULL,
	"notes" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "congresses" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"cycle" text NOT NULL,
	"plan_id" integer,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"is_pilot" boolean DEFAULT false NOT NULL,
	"scheduled_on" date,
	"place" text,
	"held_on" date,
	"delegates_convened" integer,
	"delegates_present" integer,
	"delegates_appointed" integer,
	"bodies" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"subcommittees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"guests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"recognised_on" date,
	"recognition_decision" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_candidates" (
	"id" serial PRIMARY KEY NOT NULL,
	"election_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"list_order" integer NOT NULL,
	"votes" integer,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" serial PRIMARY KEY NOT NULL,
	"congress_id" integer NOT NULL,
	"body" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"previous_election_id" integer,
	"seats" integer NOT NULL,
	"status" text NOT NULL,
	"ballots_issued" integer,
	"ballots_collected" integer,
	"invalid_ballots" integer,
	"threshold" integer,
	"unfilled" integer,
	"counted_at" timestamp with time zone,
	"counted_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_terms" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"cycle" text NOT NULL,
	"congress_id" integer,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"shift_months" integer DEFAULT 0 NOT NULL,
	"decision_number" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_office_id_member_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."member_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congress_documents" ADD CONSTRAINT "congress_documents_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congress_documents" ADD CONSTRAINT "congress_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congress_plan_pilots" ADD CONSTRAINT "congress_plan_pilots_plan_id_congress_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."congress_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congress_plan_pilots" ADD CONSTRAINT "congress_plan_pilots_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congress_plans" ADD CONSTRAINT "congress_plans_issuer_unit_id_org_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congress_plans" ADD CONSTRAINT "congress_plans_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_plan_id_congress_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."congress_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_counted_by_users_id_fk" FOREIGN KEY ("counted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_terms" ADD CONSTRAINT "unit_terms_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_terms" ADD CONSTRAINT "unit_terms_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "committee_members_member" ON "committee_members" USING btree ("committee_id","member_id");--> statement-breakpoint
CREATE INDEX "committees_unit" ON "committees" USING btree ("unit_id","body","presented_on");--> statement-breakpoint
CREATE INDEX "congress_documents_congress" ON "congress_documents" USING btree ("congress_id");--> statement-breakpoint
CREATE INDEX "congress_plans_issuer" ON "congress_plans" USING btree ("issuer_unit_id","cycle");--> statement-breakpoint
CREATE UNIQUE INDEX "congresses_unit_cycle" ON "congresses" USING btree ("unit_id","cycle");--> statement-breakpoint
CREATE INDEX "congresses_cycle_held" ON "congresses" USING btree ("cycle","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "election_candidates_member" ON "election_candidates" USING btree ("election_id","member_id");--> statement-breakpoint
CREATE INDEX "elections_congress" ON "elections" USING btree ("congress_id","body","round");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_terms_unit_cycle" ON "unit_terms" USING btree ("unit_id","cycle");