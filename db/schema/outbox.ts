import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { auditLog } from "./audit-log";
import { users } from "./users";

/** One verb per command file in lib/commands/: the registry there is keyed by these. */
export const OUTBOX_KINDS = ["accept", "refuse", "message", "status", "tracking", "document", "quotation"] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * pending: to send (now or at next_attempt_at), surely never applied · sending: claimed by one process
 * under a lease · sent: the platform applied it · failed: the platform refused it · unknown: sent, outcome
 * unknown, to verify before anything else · review: outcome unknown and no reliable trace, a person decides ·
 * abandoned: a person gave up on it.
 */
export const OUTBOX_STATES = ["pending", "sending", "sent", "failed", "unknown", "review", "abandoned"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Why a command is where it is: a code the UI translates (lib/i18n), never a sentence. */
export const OUTBOX_ERROR_CODES = ["refused", "not_sent", "unknown_outcome", "interrupted", "undecidable", "no_trace", "abandoned"] as const;
export type OutboxErrorCode = (typeof OUTBOX_ERROR_CODES)[number];

/** Every write to the platform, stored before it is sent, so that none is lost and none is sent twice. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Chosen by the form: a double click or a resubmission carries the same one and is recognised. */
    requestId: text("request_id").notNull().unique(),
    demandNumber: text("demand_number").notNull(),
    kind: text("kind", { enum: OUTBOX_KINDS }).notNull(),
    /** The command's parameters (camelCase); files as references to `uploads`, never their bytes. */
    payload: text("payload").notNull(),
    state: text("state", { enum: OUTBOX_STATES }).notNull(),
    /** Times the request was put on the wire. */
    sendAttempts: integer("attempts").notNull().default(0),
    /** Times an unknown outcome was checked against the platform; the parking threshold counts these. */
    verifyAttempts: integer("verify_attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastErrorCode: text("last_error", { enum: OUTBOX_ERROR_CODES }),
    /** What the platform said, as data: {kind, httpStatus, platformMessage, nonJson}. */
    errorDetail: text("error_detail"),
    /** The process holding the row while it is "sending", and until when. */
    owner: text("owner"),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    firstSentAt: integer("first_sent_at", { mode: "timestamp_ms" }),
    lastSentAt: integer("last_sent_at", { mode: "timestamp_ms" }),
    /** What the platform showed before the first send: the status, and for a document the matching count. */
    beforeStatus: text("before_status"),
    baselineCount: integer("baseline_count"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    auditId: integer("audit_id").references(() => auditLog.id),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("outbox_due").on(t.state, t.nextAttemptAt), index("outbox_dossier").on(t.demandNumber, t.id)],
);

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Files a technician uploaded for a command, kept once, as bytes: the outbox refers to them by id, and
 * lib/rma/mapping.ts turns them into base64 once, on the way out.
 */
export const uploads = sqliteTable(
  "uploads",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: blob("content", { mode: "buffer" }).notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("uploads_created").on(t.createdAt)],
);

export type UploadRow = typeof uploads.$inferSelect;
