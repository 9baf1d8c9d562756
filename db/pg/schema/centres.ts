// PostgreSQL twin of db/schema/centres.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";

export const centres = pgTable("centres", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  baseUrl: text("base_url").notNull(),
  clientId: text("client_id").notNull(),
  secretSealed: text("secret_sealed").notNull(),
  createdAt: ms("created_at").notNull(),
});
