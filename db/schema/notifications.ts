import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const EVENT_TYPES = ["dossier_new", "quote_answered", "info_answered", "command_attention", "assigned", "part_received", "stock_low"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const CHANNELS = ["app", "email", "both"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Something people should hear about, written in the transaction of the change that caused it. The change
 * names itself in change_key (a status-history row, a command's attempt, an audit row): written twice, it
 * is kept once.
 */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type", { enum: EVENT_TYPES }).notNull(),
    demandNumber: text("demand_number"),
    changeKey: text("change_key").notNull(),
    /** Codes and values (status, treatment, command kind, who), translated by lib/i18n when shown. */
    data: text("data").notNull().default("{}"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    /** Made by the simulator mode's demo story: wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("events_change").on(t.changeKey), index("events_at").on(t.at)],
);

/** One event for one person: shown in the app (bell), sent in their next e-mail digest, or both. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    inApp: integer("in_app", { mode: "boolean" }).notNull(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    /** pending: in the next digest · sent: it went out. Null when the person does not want it by e-mail. */
    email: text("email", { enum: ["pending", "sent"] }),
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("notifications_once").on(t.userId, t.eventId), index("notifications_unread").on(t.userId, t.inApp, t.readAt), index("notifications_mail").on(t.email, t.userId)],
);

/** How a person wants each type of event; no row means "in the app". */
export const notificationPrefs = sqliteTable(
  "notification_prefs",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: EVENT_TYPES }).notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type] })],
);
