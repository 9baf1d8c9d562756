CREATE TABLE "deadline_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"reseller_code" text,
	"flow_type" text,
	"from_status" text NOT NULL,
	"to_statuses" text NOT NULL,
	"limit_value" integer NOT NULL,
	"unit" text NOT NULL,
	"created_by" integer,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "due_at" bigint;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "due_rule" integer;--> statement-breakpoint
ALTER TABLE "deadline_rules" ADD CONSTRAINT "deadline_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deadline_rules_from" ON "deadline_rules" USING btree ("from_status");--> statement-breakpoint
CREATE INDEX "dossiers_due" ON "dossiers" USING btree ("due_at");