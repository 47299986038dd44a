ALTER TABLE "memberships" ADD COLUMN "start_event_id" integer;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "end_event_id" integer;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_start_event_id_org_events_id_fk" FOREIGN KEY ("start_event_id") REFERENCES "public"."org_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_end_event_id_org_events_id_fk" FOREIGN KEY ("end_event_id") REFERENCES "public"."org_events"("id") ON DELETE no action ON UPDATE no action;