// PostgreSQL twin of db/schema/quote-numbers.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ms } from "./types";

export const quoteNumbers = pgTable("quote_numbers", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

export const priceList = pgTable(
  "price_list",
  {
    id: serial("id").primaryKey(),
    label: text("label").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    brand: text("brand"),
    updatedAt: ms("updated_at").notNull(),
    reference: text("reference"),
    ean: text("ean"),
    supplierId: integer("supplier_id"),
    purchaseCents: integer("purchase_cents"),
    vatBasisPoints: integer("vat_basis_points").notNull().default(2000),
    stock: integer("stock").notNull().default(0),
    minStock: integer("min_stock").notNull().default(0),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("price_list_label").on(t.label), uniqueIndex("price_list_reference").on(t.reference), index("price_list_ean").on(t.ean)],
);
