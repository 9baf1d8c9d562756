// PostgreSQL twin of db/schema/outbox.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { bytea, ms } from "./types";
import { auditLog } from "./audit-log";
import { users } from "./users";
import { OUTBOX_KINDS, OUTBOX_STATES, OUTBOX_ERROR_CODES } from "../../schema/outbox";

export const outbox = pgTable(
  "outbox",
  {
    id: serial("id").primaryKey(),
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
    nextAttemptAt: ms("next_attempt_at").notNull(),
    lastErrorCode: text("last_error", { enum: OUTBOX_ERROR_CODES }),
    /** What the platform said, as data: {kind, httpStatus, platformMessage, nonJson}. */
    errorDetail: text("error_detail"),
    /** The process holding the row while it is "sending", and until when. */
    owner: text("owner"),
    leaseUntil: ms("lease_until"),
    firstSentAt: ms("first_sent_at"),
    lastSentAt: ms("last_sent_at"),
    /** What the platform showed before the first send: the status, and for a document the matching count. */
    beforeStatus: text("before_status"),
    baselineCount: integer("baseline_count"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: ms("created_at").notNull(),
    sentAt: ms("sent_at"),
    auditId: integer("audit_id").references(() => auditLog.id),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("outbox_due").on(t.state, t.nextAttemptAt), index("outbox_dossier").on(t.demandNumber, t.id)],
);

export const uploads = pgTable(
  "uploads",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("uploads_created").on(t.createdAt)],
);
