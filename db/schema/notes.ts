import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { users } from "./users";

/** A technician's local note on a dossier: plain text, never sent to the platform. */
export const notes = sqliteTable(
  "notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    demandNumber: text("demand_number").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    /** Set when edited: the UI marks the note "modifiée". */
    editedAt: integer("edited_at", { mode: "timestamp_ms" }),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("notes_dossier").on(t.demandNumber, t.createdAt)],
);

export const noteBodySchema = z.string().trim().min(1, "La note est vide").max(5000, "5 000 caractères au plus");
