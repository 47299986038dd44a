CREATE TABLE "personal_data_breaches" (
	"id" serial PRIMARY KEY NOT NULL,
	"discovered_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"data_categories" text[] NOT NULL,
	"people_affected" integer NOT NULL,
	"unit_ids" integer[] NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"authority_notified_at" timestamp with time zone,
	"subjects_notified_at" timestamp with time zone,
	"notified_parties" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_data_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"requested_by" text NOT NULL,
	"field" text NOT NULL,
	"old_value" jsonb,
	"requested_value" jsonb,
	"received_on" date NOT NULL,
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"refusal_reason" text
);
--> statement-breakpoint
CREATE TABLE "personal_data_reads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"username" text,
	"kind" text NOT NULL,
	"member_id" integer,
	"unit_id" integer,
	"fields" text[] NOT NULL,
	"member_count" integer DEFAULT 1 NOT NULL,
	"route" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personal_data_breaches" ADD CONSTRAINT "personal_data_breaches_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_corrections" ADD CONSTRAINT "personal_data_corrections_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_corrections" ADD CONSTRAINT "personal_data_corrections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_corrections" ADD CONSTRAINT "personal_data_corrections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personal_data_corrections_unit" ON "personal_data_corrections" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "personal_data_corrections_member" ON "personal_data_corrections" USING btree ("member_id","id");--> statement-breakpoint
CREATE INDEX "personal_data_reads_member" ON "personal_data_reads" USING btree ("member_id","id");--> statement-breakpoint
CREATE INDEX "personal_data_reads_unit" ON "personal_data_reads" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "personal_data_reads_at" ON "personal_data_reads" USING btree ("at");