// PostgreSQL twin of db/schema/push-signatures.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { index, pgTable, text } from "drizzle-orm/pg-core";
import { ms } from "./types";

export const pushSignatures = pgTable(
  "push_signatures",
  {
    signature: text("signature").primaryKey(),
    at: ms("at").notNull(),
  },
  (t) => [index("push_signatures_at").on(t.at)],
);
