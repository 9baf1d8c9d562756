import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The last quote number given each year: numbers are reserved with their outbox row, so none is skipped. */
export const quoteNumbers = sqliteTable("quote_numbers", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

/** The centre's services and parts, with their prices, that the quote builder suggests. */
export const priceList = sqliteTable(
  "price_list",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    label: text("label").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    brand: text("brand"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("price_list_label").on(t.label)],
);
export type PriceListRow = typeof priceList.$inferSelect;
