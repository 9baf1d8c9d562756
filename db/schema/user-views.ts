import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/** When a user last looked at a view: the quotes answered since are highlighted and counted in the menu. */
export const userViews = sqliteTable(
  "user_views",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    view: text("view").notNull(),
    seenAt: integer("seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.view] })],
);
