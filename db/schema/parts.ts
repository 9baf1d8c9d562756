import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { priceList } from "./quote-numbers";
import { users } from "./users";

/** Where parts come from: the lead time gives each ordered line its expected date. */
export const suppliers = sqliteTable(
  "suppliers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    email: text("email"),
    leadDays: integer("lead_days").notNull().default(3),
    /** Made by the simulator mode's demo story: wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("suppliers_name").on(t.name)],
);

/** The last supplier-order number given each year (CMD-2026-0001…), taken in the order's transaction. */
export const partOrderNumbers = sqliteTable("part_order_numbers", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

export const PART_ORDER_STATES = ["open", "sent", "received"] as const;
export type PartOrderState = (typeof PART_ORDER_STATES)[number];

/** An order to one supplier: the lines to order, grouped, with a gap-free number. */
export const partOrders = sqliteTable(
  "part_orders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    number: text("number").notNull(),
    supplierId: integer("supplier_id").notNull().references(() => suppliers.id),
    state: text("state", { enum: PART_ORDER_STATES }).notNull().default("open"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    createdBy: integer("created_by").references(() => users.id),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    sentBy: integer("sent_by").references(() => users.id),
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("part_orders_number").on(t.number), index("part_orders_supplier").on(t.supplierId)],
);

export const PART_STATES = ["to_order", "ordered", "received", "fitted", "cancelled", "returned"] as const;
export type PartState = (typeof PART_STATES)[number];

/**
 * A part needed: for a dossier (demand_number) or for the stock (none). From the catalogue (article_id) or
 * typed; whole units. received_quantity grows line by line until it reaches quantity.
 */
export const partLines = sqliteTable(
  "part_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    demandNumber: text("demand_number"),
    articleId: integer("article_id").references(() => priceList.id, { onDelete: "set null" }),
    label: text("label").notNull(),
    reference: text("reference"),
    quantity: integer("quantity").notNull(),
    receivedQuantity: integer("received_quantity").notNull().default(0),
    supplierId: integer("supplier_id").references(() => suppliers.id),
    orderId: integer("order_id").references(() => partOrders.id),
    state: text("state", { enum: PART_STATES }).notNull().default("to_order"),
    expectedAt: integer("expected_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    createdBy: integer("created_by").references(() => users.id),
    orderedAt: integer("ordered_at", { mode: "timestamp_ms" }),
    orderedBy: integer("ordered_by").references(() => users.id),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }),
    receivedBy: integer("received_by").references(() => users.id),
    fittedAt: integer("fitted_at", { mode: "timestamp_ms" }),
    fittedBy: integer("fitted_by").references(() => users.id),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    closedBy: integer("closed_by").references(() => users.id),
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("part_lines_dossier").on(t.demandNumber), index("part_lines_state").on(t.state, t.createdAt), index("part_lines_order").on(t.orderId), index("part_lines_article").on(t.articleId)],
);
export type PartLineRow = typeof partLines.$inferSelect;

export const STOCK_REASONS = ["received", "fitted", "returned", "corrected"] as const;
export type StockReason = (typeof STOCK_REASONS)[number];

/** Every change of an article's stock on hand, with why and who. */
export const stockMovements = sqliteTable(
  "stock_movements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => priceList.id, { onDelete: "cascade" }),
    delta: integer("delta").notNull(),
    reason: text("reason", { enum: STOCK_REASONS }).notNull(),
    lineId: integer("line_id").references(() => partLines.id, { onDelete: "set null" }),
    demandNumber: text("demand_number"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    by: integer("by").references(() => users.id),
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("stock_movements_article").on(t.articleId, t.at)],
);
