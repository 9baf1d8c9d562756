CREATE TABLE "indicator_facts" (
	"demand_number" text NOT NULL,
	"figure" text NOT NULL,
	"month" text NOT NULL,
	"reseller_code" text NOT NULL,
	"brand" text NOT NULL,
	"flow_type" text NOT NULL,
	"technician" integer NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "indicator_facts_demand_number_figure_month_pk" PRIMARY KEY("demand_number","figure","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_sums" (
	"month" text NOT NULL,
	"figure" text NOT NULL,
	"reseller_code" text NOT NULL,
	"brand" text NOT NULL,
	"flow_type" text NOT NULL,
	"technician" integer NOT NULL,
	"value" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "indicator_sums_month_figure_reseller_code_brand_flow_type_technician_value_pk" PRIMARY KEY("month","figure","reseller_code","brand","flow_type","technician","value")
);
--> statement-breakpoint
CREATE INDEX "indicator_facts_month" ON "indicator_facts" USING btree ("month","figure");--> statement-breakpoint
CREATE INDEX "dossiers_status_due" ON "dossiers" USING btree ("status_code","due_at");