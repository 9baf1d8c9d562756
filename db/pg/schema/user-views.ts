// PostgreSQL twin of db/schema/user-views.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { users } from "./users";

export const userViews = pgTable(
  "user_views",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    view: text("view").notNull(),
    seenAt: ms("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.view] })],
);
