import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Signatures of the pushes accepted in the last minutes: the same signed body is never applied twice. */
export const pushSignatures = sqliteTable(
  "push_signatures",
  {
    signature: text("signature").primaryKey(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("push_signatures_at").on(t.at)],
);
