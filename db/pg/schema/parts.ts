// PostgreSQL twin of db/schema/parts.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { PART_ORDER_STATES, PART_STATES, STOCK_REASONS } from "../../schema/parts";
import { priceList } from "./quote-numbers";
import { ms } from "./types";
import { users } from "./users";

export const suppliers = pgTable(
  "suppliers",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email"),
    leadDays: integer("lead_days").notNull().default(3),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [uniqueIndex("suppliers_name").on(t.name)],
);

export const partOrderNumbers = pgTable("part_order_numbers", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

export const partOrders = pgTable(
  "part_orders",
  {
    id: serial("id").primaryKey(),
    number: text("number").notNull(),
    supplierId: integer("supplier_id").notNull().references(() => suppliers.id),
    state: text("state", { enum: PART_ORDER_STATES }).notNull().default("open"),
    createdAt: ms("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    sentAt: ms("sent_at"),
    sentBy: integer("sent_by").references(() => users.id),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [uniqueIndex("part_orders_number").on(t.number), index("part_orders_supplier").on(t.supplierId)],
);

export const partLines = pgTable(
  "part_lines",
  {
    id: serial("id").primaryKey(),
    demandNumber: text("demand_number"),
    articleId: integer("article_id").references(() => priceList.id, { onDelete: "set null" }),
    label: text("label").notNull(),
    reference: text("reference"),
    quantity: integer("quantity").notNull(),
    receivedQuantity: integer("received_quantity").notNull().default(0),
    supplierId: integer("supplier_id").references(() => suppliers.id),
    orderId: integer("order_id").references(() => partOrders.id),
    state: text("state", { enum: PART_STATES }).notNull().default("to_order"),
    expectedAt: ms("expected_at"),
    createdAt: ms("created_at").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    orderedAt: ms("ordered_at"),
    orderedBy: integer("ordered_by").references(() => users.id),
    receivedAt: ms("received_at"),
    receivedBy: integer("received_by").references(() => users.id),
    fittedAt: ms("fitted_at"),
    fittedBy: integer("fitted_by").references(() => users.id),
    closedAt: ms("closed_at"),
    closedBy: integer("closed_by").references(() => users.id),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("part_lines_dossier").on(t.demandNumber), index("part_lines_state").on(t.state, t.createdAt), index("part_lines_order").on(t.orderId), index("part_lines_article").on(t.articleId)],
);

export const stockMovements = pgTable(
  "stock_movements",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id").notNull().references(() => priceList.id, { onDelete: "cascade" }),
    delta: integer("delta").notNull(),
    reason: text("reason", { enum: STOCK_REASONS }).notNull(),
    lineId: integer("line_id").references(() => partLines.id, { onDelete: "set null" }),
    demandNumber: text("demand_number"),
    at: ms("at").notNull(),
    by: integer("by").references(() => users.id),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("stock_movements_article").on(t.articleId, t.at)],
);
