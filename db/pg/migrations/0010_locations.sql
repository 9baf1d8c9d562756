CREATE TABLE "location_moves" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_number" text NOT NULL,
	"from_location" integer,
	"to_location" integer,
	"reason" text NOT NULL,
	"user_id" integer,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"batch" text NOT NULL,
	"demand_number" text NOT NULL,
	"carrier_name" text NOT NULL,
	"tracking_number" text NOT NULL,
	"tracking_request" text,
	"status_request" text NOT NULL,
	"created_by" integer,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "location_id" integer;--> statement-breakpoint
ALTER TABLE "location_moves" ADD CONSTRAINT "location_moves_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_items" ADD CONSTRAINT "shipment_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "location_moves_dossier" ON "location_moves" USING btree ("demand_number","at");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_code" ON "locations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_items_batch_dossier" ON "shipment_items" USING btree ("batch","demand_number");--> statement-breakpoint
CREATE INDEX "shipment_items_created" ON "shipment_items" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "dossiers_location" ON "dossiers" USING btree ("location_id");