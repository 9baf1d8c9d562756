// PostgreSQL twin of db/schema/audit-log.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { users } from "./users";
import { AUDIT_OUTCOMES } from "../../schema/audit-log";

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: ms("at").notNull(),
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
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_dossier").on(t.dossierNumber), index("audit_log_user").on(t.userId, t.at)],
);
