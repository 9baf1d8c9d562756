// PostgreSQL twin of db/schema/dossier-counts.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const dossierCounts = pgTable("dossier_counts", {
  statusCode: text("status_code").primaryKey(),
  count: integer("count").notNull(),
});

export const dossierDueCounts = pgTable(
  "dossier_due_counts",
  {
    statusCode: text("status_code").notNull(),
    dueDay: integer("due_day").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.statusCode, t.dueDay] })],
);
