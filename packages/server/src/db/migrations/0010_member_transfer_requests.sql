CREATE TABLE "member_transfer_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"national_id" text NOT NULL,
	"requesting_unit_id" integer NOT NULL,
	"target_unit_id" integer NOT NULL,
	"holding_unit_id" integer NOT NULL,
	"effective_date" date NOT NULL,
	"reason" text NOT NULL,
	"decision_number" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" integer NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"refusal_reason" text
);
--> statement-breakpoint
ALTER TABLE "member_transfer_requests" ADD CONSTRAINT "member_transfer_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfer_requests" ADD CONSTRAINT "member_transfer_requests_requesting_unit_id_org_units_id_fk" FOREIGN KEY ("requesting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfer_requests" ADD CONSTRAINT "member_transfer_requests_target_unit_id_org_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfer_requests" ADD CONSTRAINT "member_transfer_requests_holding_unit_id_org_units_id_fk" FOREIGN KEY ("holding_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfer_requests" ADD CONSTRAINT "member_transfer_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfer_requests" ADD CONSTRAINT "member_transfer_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_transfer_requests_holding" ON "member_transfer_requests" USING btree ("holding_unit_id","status");--> statement-breakpoint
CREATE INDEX "member_transfer_requests_target" ON "member_transfer_requests" USING btree ("target_unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "member_transfer_requests_pending" ON "member_transfer_requests" USING btree ("member_id","target_unit_id") WHERE "member_transfer_requests"."status" = 'pending';