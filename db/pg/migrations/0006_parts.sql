CREATE TABLE "part_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_number" text,
	"article_id" integer,
	"label" text NOT NULL,
	"reference" text,
	"quantity" integer NOT NULL,
	"received_quantity" integer DEFAULT 0 NOT NULL,
	"supplier_id" integer,
	"order_id" integer,
	"state" text DEFAULT 'to_order' NOT NULL,
	"expected_at" bigint,
	"created_at" bigint NOT NULL,
	"created_by" integer,
	"ordered_at" bigint,
	"ordered_by" integer,
	"received_at" bigint,
	"received_by" integer,
	"fitted_at" bigint,
	"fitted_by" integer,
	"closed_at" bigint,
	"closed_by" integer,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "part_order_numbers" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "part_orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"supplier_id" integer NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"created_at" bigint NOT NULL,
	"created_by" integer,
	"sent_at" bigint,
	"sent_by" integer,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"delta" integer NOT NULL,
	"reason" text NOT NULL,
	"line_id" integer,
	"demand_number" text,
	"at" bigint NOT NULL,
	"by" integer,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"lead_days" integer DEFAULT 3 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "ean" text;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "supplier_id" integer;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "purchase_cents" integer;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "vat_basis_points" integer DEFAULT 2000 NOT NULL;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "stock" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "min_stock" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "price_list" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_article_id_price_list_id_fk" FOREIGN KEY ("article_id") REFERENCES "price_list"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_order_id_part_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "part_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_ordered_by_users_id_fk" FOREIGN KEY ("ordered_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_fitted_by_users_id_fk" FOREIGN KEY ("fitted_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_lines" ADD CONSTRAINT "part_lines_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_orders" ADD CONSTRAINT "part_orders_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_orders" ADD CONSTRAINT "part_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_orders" ADD CONSTRAINT "part_orders_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_article_id_price_list_id_fk" FOREIGN KEY ("article_id") REFERENCES "price_list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_line_id_part_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "part_lines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "part_lines_dossier" ON "part_lines" USING btree ("demand_number");--> statement-breakpoint
CREATE INDEX "part_lines_state" ON "part_lines" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "part_lines_order" ON "part_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "part_lines_article" ON "part_lines" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "part_orders_number" ON "part_orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "part_orders_supplier" ON "part_orders" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "stock_movements_article" ON "stock_movements" USING btree ("article_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_name" ON "suppliers" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "price_list_reference" ON "price_list" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "price_list_ean" ON "price_list" USING btree ("ean");