// PostgreSQL twin of db/schema/deadlines.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { DEADLINE_UNITS } from "../../schema/deadlines";
import { ms } from "./types";
import { users } from "./users";

export const deadlineRules = pgTable(
  "deadline_rules",
  {
    id: serial("id").primaryKey(),
    resellerCode: text("reseller_code"),
    flowType: text("flow_type"),
    fromStatus: text("from_status").notNull(),
    toStatuses: text("to_statuses").notNull(),
    limit: integer("limit_value").notNull(),
    unit: text("unit", { enum: DEADLINE_UNITS }).notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("deadline_rules_from").on(t.fromStatus)],
);

export const flatFees = pgTable(
  "flat_fees",
  {
    id: serial("id").primaryKey(),
    resellerCode: text("reseller_code").notNull(),
    flowType: text("flow_type").notNull(),
    cents: integer("cents").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [uniqueIndex("flat_fees_reseller_type").on(t.resellerCode, t.flowType)],
);
