// PostgreSQL twin of db/schema/login-attempts.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    success: boolean("success").notNull(),
    at: ms("at").notNull(),
  },
  (t) => [index("login_attempts_email_at").on(t.email, t.at), index("login_attempts_ip_at").on(t.ip, t.at)],
);
