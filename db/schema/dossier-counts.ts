import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * How many dossiers the mirror holds at each status, kept by triggers on `dossiers` (its migration): the
 * queue's counts and the home page's read these few rows instead of counting a million dossiers.
 */
export const dossierCounts = sqliteTable("dossier_counts", {
  statusCode: text("status_code").primaryKey(),
  count: integer("count").notNull(),
});
