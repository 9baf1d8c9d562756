import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** The last quote number given each year: numbers are reserved with their outbox row, so none is skipped. */
export const quoteNumbers = sqliteTable("quote_numbers", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

/**
 * The centre's catalogue: services and parts with their sale prices, that the quote builder suggests, and
 * for parts their reference, supplier, purchase price, VAT, stock on hand and minimum (lib/parts).
 */
export const priceList = sqliteTable(
  "price_list",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    label: text("label").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    brand: text("brand"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    reference: text("reference"),
    ean: text("ean"),
    supplierId: integer("supplier_id"),
    purchaseCents: integer("purchase_cents"),
    /** VAT in basis points: 2000 is 20 %. */
    vatBasisPoints: integer("vat_basis_points").notNull().default(2000),
    stock: integer("stock").notNull().default(0),
    minStock: integer("min_stock").notNull().default(0),
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("price_list_label").on(t.label), uniqueIndex("price_list_reference").on(t.reference), index("price_list_ean").on(t.ean)],
);
export type PriceListRow = typeof priceList.$inferSelect;
