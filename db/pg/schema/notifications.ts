// PostgreSQL twin of db/schema/notifications.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { users } from "./users";
import { EVENT_TYPES, CHANNELS } from "../../schema/notifications";

export const events = pgTable(
  "events",
  {
    id: serial("id").primaryKey(),
    type: text("type", { enum: EVENT_TYPES }).notNull(),
    demandNumber: text("demand_number"),
    changeKey: text("change_key").notNull(),
    /** Codes and values (status, treatment, command kind, who), translated by lib/i18n when shown. */
    data: text("data").notNull().default("{}"),
    at: ms("at").notNull(),
    /** Made by the simulator mode's demo story: wiped and made again when the simulator is reset. */
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [uniqueIndex("events_change").on(t.changeKey), index("events_at").on(t.at)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    inApp: boolean("in_app").notNull(),
    readAt: ms("read_at"),
    /** pending: in the next digest · sent: it went out. Null when the person does not want it by e-mail. */
    email: text("email", { enum: ["pending", "sent"] }),
    emailedAt: ms("emailed_at"),
  },
  (t) => [uniqueIndex("notifications_once").on(t.userId, t.eventId), index("notifications_unread").on(t.userId, t.inApp, t.readAt), index("notifications_mail").on(t.email, t.userId)],
);

export const notificationPrefs = pgTable(
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
