import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { dossiers } from "./dossiers";
import { users } from "./users";

export const HISTORY_SOURCES = ["sync", "atelier", "push"] as const;

/** Every status change we saw (sync, push) or made (Atelier's own writes, with who made them). */
export const statusHistory = sqliteTable(
  "status_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    demandNumber: text("demand_number")
      .notNull()
      .references(() => dossiers.demandNumber, { onDelete: "cascade" }),
    oldStatus: text("old_status"),
    newStatus: text("new_status").notNull(),
    comment: text("comment"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    source: text("source", { enum: HISTORY_SOURCES }).notNull(),
    userId: integer("user_id").references(() => users.id),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("status_history_dossier").on(t.demandNumber, t.at), index("status_history_at").on(t.at)],
);

export type StatusHistoryRow = typeof statusHistory.$inferSelect;
