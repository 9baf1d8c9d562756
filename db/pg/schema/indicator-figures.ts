// PostgreSQL twin of db/schema/indicator-figures.ts: the same tables, columns and indexes (tests/db/schema-drift.test.ts).
import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const indicatorFacts = pgTable(
  "indicator_facts",
  {
    demandNumber: text("demand_number").notNull(),
    figure: text("figure").notNull(),
    month: text("month").notNull(),
    resellerCode: text("reseller_code").notNull(),
    brand: text("brand").notNull(),
    flowType: text("flow_type").notNull(),
    technician: integer("technician").notNull(),
    value: integer("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.demandNumber, t.figure, t.month] }), index("indicator_facts_month").on(t.month, t.figure)],
);

export const indicatorSums = pgTable(
  "indicator_sums",
  {
    month: text("month").notNull(),
    figure: text("figure").notNull(),
    resellerCode: text("reseller_code").notNull(),
    brand: text("brand").notNull(),
    flowType: text("flow_type").notNull(),
    technician: integer("technician").notNull(),
    value: integer("value").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.figure, t.resellerCode, t.brand, t.flowType, t.technician, t.value] })],
);
