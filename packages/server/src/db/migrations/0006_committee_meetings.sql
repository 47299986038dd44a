CREATE TABLE "committee_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"committee_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"session_number" integer NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"chaired_by" text,
	"convened" integer NOT NULL,
	"present" integer NOT NULL,
	"absentees" jsonb NOT NULL,
	"agenda" jsonb NOT NULL,
	"documents_adopted" jsonb NOT NULL,
	"opinions_heard" integer DEFAULT 0 NOT NULL,
	"opinions_summary" text,
	"conclusion" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "meeting_resolutions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"content" text
);
--> statement-breakpoint
CREATE TABLE "resolution_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"resolution_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"owner_unit_id" integer,
	"owner_name" text,
	"description" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_resolutions" ADD CONSTRAINT "meeting_resolutions_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_tasks" ADD CONSTRAINT "resolution_tasks_resolution_id_meeting_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."meeting_resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_tasks" ADD CONSTRAINT "resolution_tasks_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_tasks" ADD CONSTRAINT "resolution_tasks_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "committee_meetings_session" ON "committee_meetings" USING btree ("committee_id","session_number");--> statement-breakpoint
CREATE INDEX "committee_meetings_unit" ON "committee_meetings" USING btree ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "meeting_resolutions_meeting" ON "meeting_resolutions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "resolution_tasks_unit" ON "resolution_tasks" USING btree ("unit_id","status","deadline");--> statement-breakpoint
CREATE INDEX "resolution_tasks_owner" ON "resolution_tasks" USING btree ("owner_unit_id","status","deadline");