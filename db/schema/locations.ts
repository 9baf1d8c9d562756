import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const LOCATION_KINDS = ["zone", "shelf", "bin"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
export const MOVE_REASONS = ["put_away", "inventory", "shipped", "removed"] as const;

/** A place where products sit: a zone, a shelf or a bin, with the code its label carries. Local. */
export const locations = sqliteTable(
  "locations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    label: text("label").notNull(),
    kind: text("kind", { enum: LOCATION_KINDS }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("locations_code").on(t.code)],
);

/** Every move of a product between places (from, to, who, when, why); `to` null: it left its place. */
export const locationMoves = sqliteTable(
  "location_moves",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    demandNumber: text("demand_number").notNull(),
    fromLocation: integer("from_location"),
    toLocation: integer("to_location"),
    reason: text("reason", { enum: MOVE_REASONS }).notNull(),
    userId: integer("user_id").references(() => users.id),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("location_moves_dossier").on(t.demandNumber, t.at)],
);

/** A shipping day's batch: the dossiers sent back together, each with its carrier and tracking number. */
export const shipmentItems = sqliteTable(
  "shipment_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The batch's own id (a uuid the page makes once): submitting it again finds what it already stored. */
    batch: text("batch").notNull(),
    demandNumber: text("demand_number").notNull(),
    carrierName: text("carrier_name").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    /** The outbox's request ids of its tracking (null without a label) and of its RPR. */
    trackingRequest: text("tracking_request"),
    statusRequest: text("status_request").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("shipment_items_batch_dossier").on(t.batch, t.demandNumber), index("shipment_items_created").on(t.createdAt)],
);
