// PostgreSQL twin of db/schema/users.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { ROLES } from "../../roles";
import { newSessionSecret } from "../../session-secret";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  /** Stored lower-cased: sign-in is case-insensitive on the address. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  passwordHash: text("password_hash").notNull(),
  active: boolean("active").notNull().default(true),
  /** Bumped on deactivation, password reset and role change: older sessions stop working at once. */
  sessionVersion: integer("session_version").notNull().default(0),
  /**
   * Random, per user: a session names it, so a cookie made before a restore or a rebuild of the centre's
   * database cannot open whoever now has that id. Replaced on sign-out, which ends every session of the user.
   */
  sessionSecret: text("session_secret").notNull().default("").$defaultFn(newSessionSecret),
  createdAt: ms("created_at").notNull().default(sql`(extract(epoch from now()) * 1000)::bigint`),
  updatedAt: ms("updated_at").notNull().default(sql`(extract(epoch from now()) * 1000)::bigint`),
});
