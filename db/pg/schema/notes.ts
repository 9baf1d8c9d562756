// PostgreSQL twin of db/schema/notes.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { users } from "./users";

export const notes = pgTable(
  "notes",
  {
    id: serial("id").primaryKey(),
    demandNumber: text("demand_number").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: ms("created_at").notNull(),
    /** Set when edited: the UI marks the note "modifiée". */
    editedAt: ms("edited_at"),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("notes_dossier").on(t.demandNumber, t.createdAt)],
);
