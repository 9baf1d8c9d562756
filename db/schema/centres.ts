import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The centres a platform operator added (npm run centre:add), kept in the main database. The centre of the
 * environment (RMA_* variables) is not a row: it is centre 0, whose data is the main database's own. Each
 * other centre's data lives apart: a schema of its own on PostgreSQL, a file of its own on SQLite.
 */
export const centres = sqliteTable("centres", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Short, lower-case, for the terminal and the database schema's name. */
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  baseUrl: text("base_url").notNull(),
  clientId: text("client_id").notNull(),
  /** The client secret, AES-256-GCM under ATELIER_SECRET_KEY (lib/centres/secret-box.ts); never shown back. */
  secretSealed: text("secret_sealed").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export type CentreRow = typeof centres.$inferSelect;
