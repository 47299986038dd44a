CREATE TABLE "member_name_keys" (
	"member_id" integer NOT NULL,
	"province_id" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "member_name_keys_member_id_key_pk" PRIMARY KEY("member_id","key")
);
--> statement-breakpoint
ALTER TABLE "member_name_keys" ADD CONSTRAINT "member_name_keys_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_name_keys_tree" ON "member_name_keys" USING btree ("key" collate "C","name" collate "C","member_id");--> statement-breakpoint
CREATE INDEX "member_name_keys_province" ON "member_name_keys" USING btree ("province_id","key" collate "C","name" collate "C","member_id");