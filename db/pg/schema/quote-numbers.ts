// PostgreSQL twin of db/schema/quote-numbers.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
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
  },
  (t) => [index("price_list_label").on(t.label)],
);
