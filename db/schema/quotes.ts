import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/** Quotes Atelier sent (3.8), with the reseller's answer once the sync sees it (VDE, or RDE + treatment). */
export const quotes = sqliteTable(
  "quotes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    demandNumber: text("demand_number").notNull(),
    quoteNumber: text("quote_number").notNull(),
    /** [{label, quantity, unitPriceCents}] */
    lines: text("lines").notNull(),
    totalCents: integer("total_cents").notNull(),
    comment: text("comment"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull(),
    sentBy: integer("sent_by").references(() => users.id),
    answer: text("answer", { enum: ["VDE", "RDE"] }),
    treatment: text("treatment", { enum: ["RETURN", "DESTRUCT"] }),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    /** When a person last reminded the reseller of it (a message through the outbox), or null. */
    remindedAt: integer("reminded_at", { mode: "timestamp_ms" }),
    /** Made by the simulator mode's demo story (lib/demo): wiped and made again when the simulator is reset. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("quotes_dossier").on(t.demandNumber), index("quotes_sent").on(t.sentAt)],
);
