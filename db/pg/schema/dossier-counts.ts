// PostgreSQL twin of db/schema/dossier-counts.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const dossierCounts = pgTable("dossier_counts", {
  statusCode: text("status_code").primaryKey(),
  count: integer("count").notNull(),
});
