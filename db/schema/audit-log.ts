import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const AUDIT_OUTCOMES = ["ok", "refused", "failed", "pending"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who did what, when, on which dossier, and what the platform answered. Never holds file contents. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    userId: integer("user_id").references(() => users.id),
    /** Kept as written, so the log still reads right after a user is renamed. */
    userName: text("user_name").notNull(),
    dossierNumber: text("dossier_number"),
    action: text("action").notNull(),
    /** JSON summary of the input: fields and file names and sizes, never contents. */
    summary: text("summary").notNull(),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull(),
    /** The platform's message or our error, when there is one. */
    message: text("message"),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_dossier").on(t.dossierNumber), index("audit_log_user").on(t.userId, t.at)],
);

export type AuditRow = typeof auditLog.$inferSelect;
