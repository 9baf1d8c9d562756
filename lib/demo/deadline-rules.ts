import "server-only";
// The demo's deadline rules, written once on an empty rules table: what a centre agrees with its resellers
// (Boulanger and Fnac ask for quicker repairs than the others; a quote's answer and an information request
// are the reseller's side, counted in hours).
import { sql } from "drizzle-orm";
import { first } from "@/db";
import { deadlineRules } from "@/db/schema";
import type { Tx } from "@/lib/context";

const RULES = [
  { resellerCode: "BOULANGER", flowType: null, fromStatus: "D", toStatuses: ["RPR"], limit: 5, unit: "working_days" },
  { resellerCode: "FNAC", flowType: null, fromStatus: "D", toStatuses: ["RPR"], limit: 7, unit: "working_days" },
  { resellerCode: null, flowType: null, fromStatus: "D", toStatuses: ["RPR"], limit: 10, unit: "working_days" },
  { resellerCode: null, flowType: null, fromStatus: "D", toStatuses: ["EDE"], limit: 2, unit: "working_days" },
  { resellerCode: null, flowType: null, fromStatus: "EDE", toStatuses: ["VDE", "RDE"], limit: 72, unit: "hours" },
  { resellerCode: null, flowType: null, fromStatus: "INFSTT", toStatuses: ["INFREV"], limit: 48, unit: "hours" },
] as const;

export async function writeDemoDeadlineRules(tx: Tx, now: Date) {
  if ((await first(tx.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(deadlineRules)))!.n > 0) return;
  await tx.insert(deadlineRules).values(RULES.map((r) => ({ ...r, toStatuses: JSON.stringify(r.toStatuses), createdAt: now })));
}
