import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * What each dossier adds to a month of /indicateurs (received, returned and its turnaround, in time or late,
 * an outcome, a repeat repair), written with its status change (lib/indicators/facts.ts): the list behind
 * each number, and what a change takes back from `indicatorSums`. No nulls, so that a fact names its sum's
 * row exactly: '' for no reseller or brand, 0 for nobody, -1 for no value.
 */
export const indicatorFacts = sqliteTable(
  "indicator_facts",
  {
    demandNumber: text("demand_number").notNull(),
    figure: text("figure").notNull(),
    /** The Paris month of the move it counts, YYYY-MM. */
    month: text("month").notNull(),
    resellerCode: text("reseller_code").notNull(),
    brand: text("brand").notNull(),
    flowType: text("flow_type").notNull(),
    technician: integer("technician").notNull(),
    /** Returned: the turnaround from D in tenths of a working day; -1 otherwise. */
    value: integer("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.demandNumber, t.figure, t.month] }), index("indicator_facts_month").on(t.month, t.figure)],
);

/**
 * The facts summed per month, figure, reseller, brand, flow type, technician and value: the page reads a
 * month's few thousand rows whatever the number of dossiers, and medians come from the values' counts.
 */
export const indicatorSums = sqliteTable(
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
