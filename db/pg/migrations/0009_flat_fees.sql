CREATE TABLE "flat_fees" (
	"id" serial PRIMARY KEY NOT NULL,
	"reseller_code" text NOT NULL,
	"flow_type" text NOT NULL,
	"cents" integer NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "flat_fees_reseller_type" ON "flat_fees" USING btree ("reseller_code","flow_type");