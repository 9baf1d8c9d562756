// PostgreSQL twin of db/schema/locations.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { LOCATION_KINDS, MOVE_REASONS } from "../../schema/locations";
import { ms } from "./types";
import { users } from "./users";

export const locations = pgTable(
  "locations",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    kind: text("kind", { enum: LOCATION_KINDS }).notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("locations_code").on(t.code)],
);

export const locationMoves = pgTable(
  "location_moves",
  {
    id: serial("id").primaryKey(),
    demandNumber: text("demand_number").notNull(),
    fromLocation: integer("from_location"),
    toLocation: integer("to_location"),
    reason: text("reason", { enum: MOVE_REASONS }).notNull(),
    userId: integer("user_id").references(() => users.id),
    at: ms("at").notNull(),
  },
  (t) => [index("location_moves_dossier").on(t.demandNumber, t.at)],
);

export const shipmentItems = pgTable(
  "shipment_items",
  {
    id: serial("id").primaryKey(),
    batch: text("batch").notNull(),
    demandNumber: text("demand_number").notNull(),
    carrierName: text("carrier_name").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    trackingRequest: text("tracking_request"),
    statusRequest: text("status_request").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("shipment_items_batch_dossier").on(t.batch, t.demandNumber), index("shipment_items_created").on(t.createdAt)],
);
