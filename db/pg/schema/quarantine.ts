// PostgreSQL twin of db/schema/quarantine.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { index, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";

export const quarantine = pgTable(
  "quarantine",
  {
    id: serial("id").primaryKey(),
    /** The status whose list carried it (retrieverequests?status=…), or "push". */
    source: text("source").notNull(),
    demandNumber: text("demand_number"),
    field: text("field").notNull(),
    reason: text("reason").notNull(),
    /** The entry as received, JSON. */
    raw: text("raw").notNull(),
    firstSeenAt: ms("first_seen_at").notNull(),
    lastSeenAt: ms("last_seen_at").notNull(),
  },
  (t) => [index("quarantine_source").on(t.source)],
);
