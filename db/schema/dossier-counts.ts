import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * How many dossiers the mirror holds at each status, kept by triggers on `dossiers` (its migration): the
 * queue's counts and the home page's read these few rows instead of counting a million dossiers.
 */
export const dossierCounts = sqliteTable("dossier_counts", {
  statusCode: text("status_code").primaryKey(),
  count: integer("count").notNull(),
});

/**
 * How many dossiers at each status fall due on each UTC day (`due_at` in ms / 86,400,000), kept by
 * triggers as `dossier_counts` is: « En retard » per status is the days before today from here, plus
 * today's few from the due time's index, where counting the late dossiers read ~800,000 index entries at
 * a million dossiers.
 */
export const dossierDueCounts = sqliteTable(
  "dossier_due_counts",
  {
    statusCode: text("status_code").notNull(),
    dueDay: integer("due_day").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.statusCode, t.dueDay] })],
);
