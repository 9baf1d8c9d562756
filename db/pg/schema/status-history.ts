// PostgreSQL twin of db/schema/status-history.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { dossiers } from "./dossiers";
import { users } from "./users";
import { HISTORY_SOURCES } from "../../schema/status-history";

export const statusHistory = pgTable(
  "status_history",
  {
    id: serial("id").primaryKey(),
    demandNumber: text("demand_number")
      .notNull()
      .references(() => dossiers.demandNumber, { onDelete: "cascade" }),
    oldStatus: text("old_status"),
    newStatus: text("new_status").notNull(),
    comment: text("comment"),
    at: ms("at").notNull(),
    source: text("source", { enum: HISTORY_SOURCES }).notNull(),
    userId: integer("user_id").references(() => users.id),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("status_history_dossier").on(t.demandNumber, t.at), index("status_history_at").on(t.at)],
);
