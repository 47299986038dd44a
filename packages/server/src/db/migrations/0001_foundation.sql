CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"username" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"unit_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" integer NOT NULL,
	"locale" text DEFAULT 'vi' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_cluster_units" (
	"cluster_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "emulation_cluster_units_cluster_id_unit_id_pk" PRIMARY KEY("cluster_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_clusters" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_event_units" (
	"event_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "org_event_units_event_id_unit_id_role_pk" PRIMARY KEY("event_id","unit_id","role")
);
--> statement-breakpoint
CREATE TABLE "org_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"reason" text NOT NULL,
	"document_number" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "org_unit_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"name_normalized" text NOT NULL,
	"short_name" text,
	"type" text NOT NULL,
	"parent_id" integer,
	"path" "ltree" NOT NULL,
	"depth" integer NOT NULL,
	"event_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"founded_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "unit_types" (
	"code" text PRIMARY KEY NOT NULL,
	"tier" integer NOT NULL,
	"can_admit_members" boolean NOT NULL,
	"can_found_grassroots" boolean NOT NULL,
	"can_collect_levy" boolean NOT NULL,
	"allowed_parent_types" text[] NOT NULL,
	"closed_from" date
);
--> statement-breakpoint
CREATE TABLE "rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"value_type" text NOT NULL,
	"value" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"confidence" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_cluster_units" ADD CONSTRAINT "emulation_cluster_units_cluster_id_emulation_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_cluster_units" ADD CONSTRAINT "emulation_cluster_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_clusters" ADD CONSTRAINT "emulation_clusters_parent_unit_id_org_units_id_fk" FOREIGN KEY ("parent_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_event_units" ADD CONSTRAINT "org_event_units_event_id_org_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."org_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_event_units" ADD CONSTRAINT "org_event_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_type_unit_types_code_fk" FOREIGN KEY ("type") REFERENCES "public"."unit_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_unit" ON "audit_log" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_entity" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_cluster_units_year" ON "emulation_cluster_units" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_clusters_name" ON "emulation_clusters" USING btree ("parent_unit_id","year","name");--> statement-breakpoint
CREATE INDEX "org_event_units_unit" ON "org_event_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "org_events_effective" ON "org_events" USING btree ("effective_date");--> statement-breakpoint
CREATE UNIQUE INDEX "org_unit_versions_unit_from" ON "org_unit_versions" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_parent" ON "org_unit_versions" USING btree ("parent_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_path" ON "org_unit_versions" USING gist ("path");--> statement-breakpoint
CREATE INDEX "org_unit_versions_name_trgm" ON "org_unit_versions" USING gin ("name_normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "org_unit_versions_current" ON "org_unit_versions" USING btree ("unit_id") WHERE "org_unit_versions"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "rules_key_from" ON "rules" USING btree ("key","valid_from");