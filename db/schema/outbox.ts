import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { auditLog } from "./audit-log";
import { users } from "./users";

export const OUTBOX_KINDS = ["accept", "refuse", "message", "status", "tracking", "document", "quotation"] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * pending: to send (now or at next_attempt_at) · sending: claimed by a sender · sent: the platform said OK ·
 * failed: the platform refused it · unknown: no answer after the request may have left, to check before
 * sending again · abandoned: a person gave up on it.
 */
export const OUTBOX_STATES = ["pending", "sending", "sent", "failed", "unknown", "abandoned"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Every write to the platform, stored before it is sent, so that none is lost and none is sent twice. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Chosen by the form: a double click or a resubmission carries the same one and is recognised. */
    requestId: text("request_id").notNull().unique(),
    demandNumber: text("demand_number").notNull(),
    kind: text("kind", { enum: OUTBOX_KINDS }).notNull(),
    /** The action's input (camelCase, files in base64): what will be sent. */
    payload: text("payload").notNull(),
    state: text("state", { enum: OUTBOX_STATES }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    auditId: integer("audit_id").references(() => auditLog.id),
  },
  (t) => [index("outbox_due").on(t.state, t.nextAttemptAt), index("outbox_dossier").on(t.demandNumber, t.id)],
);

export type OutboxRow = typeof outbox.$inferSelect;
