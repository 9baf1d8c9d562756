import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const DEADLINE_UNITS = ["working_days", "hours"] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/**
 * A manager's deadline for a phase: from the moment a dossier reaches `fromStatus` until it reaches one of
 * `toStatuses` (a JSON array), for one reseller or all (null), one flow type or all (null).
 */
export const deadlineRules = sqliteTable(
  "deadline_rules",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    resellerCode: text("reseller_code"),
    flowType: text("flow_type"),
    fromStatus: text("from_status").notNull(),
    toStatuses: text("to_statuses").notNull(),
    limit: integer("limit_value").notNull(),
    unit: text("unit", { enum: DEADLINE_UNITS }).notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("deadline_rules_from").on(t.fromStatus)],
);

export type DeadlineRuleRow = typeof deadlineRules.$inferSelect;

/** What a closed repair of one reseller and flow type is billed, flat (the monthly statement, /admin/delais). */
export const flatFees = sqliteTable(
  "flat_fees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    resellerCode: text("reseller_code").notNull(),
    flowType: text("flow_type").notNull(),
    cents: integer("cents").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("flat_fees_reseller_type").on(t.resellerCode, t.flowType)],
);
