CREATE TABLE "member_subtree_facts" (
	"unit_id" integer NOT NULL,
	"day" date NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	"women" integer DEFAULT 0 NOT NULL,
	"foreign_members" integer DEFAULT 0 NOT NULL,
	"age_under30" integer DEFAULT 0 NOT NULL,
	"age_30to39" integer DEFAULT 0 NOT NULL,
	"age_40to49" integer DEFAULT 0 NOT NULL,
	"age_50to59" integer DEFAULT 0 NOT NULL,
	"age_60plus" integer DEFAULT 0 NOT NULL,
	"age_unknown" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "member_subtree_facts_unit_id_day_pk" PRIMARY KEY("unit_id","day")
);
--> statement-breakpoint
ALTER TABLE "member_subtree_facts" ADD CONSTRAINT "member_subtree_facts_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;