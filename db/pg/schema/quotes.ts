// PostgreSQL twin of db/schema/quotes.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { ms } from "./types";
import { users } from "./users";

export const quotes = pgTable(
  "quotes",
  {
    id: serial("id").primaryKey(),
    demandNumber: text("demand_number").notNull(),
    quoteNumber: text("quote_number").notNull(),
    /** [{label, quantity, unitPriceCents}] */
    lines: text("lines").notNull(),
    totalCents: integer("total_cents").notNull(),
    comment: text("comment"),
    sentAt: ms("sent_at").notNull(),
    sentBy: integer("sent_by").references(() => users.id),
    answer: text("answer", { enum: ["VDE", "RDE"] }),
    treatment: text("treatment", { enum: ["RETURN", "DESTRUCT"] }),
    answeredAt: ms("answered_at"),
    remindedAt: ms("reminded_at"),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [index("quotes_dossier").on(t.demandNumber), index("quotes_sent").on(t.sentAt)],
);
