import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { z } from "zod";

import { ROLES, type Role } from "../roles";
import { newSessionSecret } from "../session-secret";

export { ROLES, type Role };

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Stored lower-cased: sign-in is case-insensitive on the address. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  passwordHash: text("password_hash").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** Bumped on deactivation, password reset and role change: older sessions stop working at once. */
  sessionVersion: integer("session_version").notNull().default(0),
  /**
   * Random, per user: a session names it, so a cookie made before a restore or a rebuild of the centre's
   * database cannot open whoever now has that id. Replaced on sign-out, which ends every session of the user.
   */
  sessionSecret: text("session_secret").notNull().default("").$defaultFn(newSessionSecret),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
});

export type UserRow = typeof users.$inferSelect;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: "Adresse e-mail invalide" }));
export const passwordSchema = z.string().min(12, "Au moins 12 caractères").max(200, "200 caractères au plus");
/** Letters (any language), digits, spaces and ' - . only: a name is shown everywhere and exported to CSV. */
export const nameSchema = z
  .string()
  .trim()
  .min(1, "Nom requis")
  .max(100, "100 caractères au plus")
  .regex(/^[\p{L}\p{M}\p{N} '’.-]+$/u, "Lettres, chiffres, espaces et ' - . seulement");
export const roleSchema = z.enum(ROLES, { message: "Rôle inconnu" });
