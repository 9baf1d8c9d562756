// The status history at scale, for the deadlines and the reseller review: four dated moves a dossier (D, then
// an outcome, then RPR for most) over the last 90 days, so the history holds five rows a dossier as the issue
// sets it (with the sync's first one); the demo's deadline rules; every due time written once.
import { and, eq, inArray, sql } from "drizzle-orm";
import { execute, usesPostgres } from "@/db";
import { deadlineRules, dossiers, indicatorFacts, statusHistory } from "@/db/schema";
import { refreshAllDerived } from "@/lib/dossiers/derived";
import { openBench } from "./database";
import type { AppServer } from "./server";
import { sample } from "./stats";

const DAY = 86_400_000;
const OUTCOMES = ["PRRE", "PRIR", "RPLPR", "AVRC", "EDE"];

export async function generateHistory(target: string) {
  const { db, close } = await openBench(target);
  const now = Date.now();
  const numbers = (await db.select({ n: dossiers.demandNumber }).from(dossiers).orderBy(dossiers.demandNumber)).map((d) => d.n);
  let rows = 0;
  for (let start = 0; start < numbers.length; start += 500) {
    const batch = numbers.slice(start, start + 500).flatMap((n, k) => {
      const i = start + k;
      const received = now - ((i * 7919) % (88 * 24)) * 3_600_000 - 2 * DAY;
      const moves: Array<[string, number]> = [["RMAOK", received - DAY], ["D", received], [OUTCOMES[i % OUTCOMES.length]!, received + (1 + (i % 5)) * DAY / 2]];
      if (i % 5 !== 0) moves.push(["RPR", Math.min(now - 3_600_000, received + (2 + (i % 12)) * DAY)]);
      else moves.push(["IEXP", received + DAY / 4]);
      return moves.map(([status, at]) => ({ demandNumber: n, newStatus: status, at: new Date(at), source: "sync" as const }));
    });
    await db.insert(statusHistory).values(batch);
    rows += batch.length;
  }
  await db.insert(deadlineRules).values(
    [
      { resellerCode: "BOULANGER", fromStatus: "D", toStatuses: '["RPR"]', limit: 5, unit: "working_days" as const },
      { resellerCode: null, fromStatus: "D", toStatuses: '["RPR"]', limit: 10, unit: "working_days" as const },
      { resellerCode: null, fromStatus: "EDE", toStatuses: '["VDE","RDE"]', limit: 72, unit: "hours" as const },
    ].map((r) => ({ ...r, flowType: null, createdAt: new Date(now) })),
  );
  if (usesPostgres()) await execute(db, sql`ANALYZE`);
  const started = performance.now();
  const refreshed = await refreshAllDerived(db);
  const refreshMs = performance.now() - started;
  // The pages are measured in a steady state, not in the wake of that bulk rewrite: PostgreSQL's autovacuum
  // would be reclaiming a million dead row versions for minutes (and share the two cores with the pages),
  // SQLite's readers would look every page up in a WAL of hundreds of megabytes until it is checkpointed.
  await execute(db, usesPostgres() ? sql`VACUUM ANALYZE` : sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  await close();
  return { rows, refreshed, refreshMs };
}

/** The queue sorted by due time, /indicateurs for last month and its CSV, over HTTP, signed in. */
export async function renderDeadlines(server: AppServer, target: string) {
  const month = new Date(Date.now() - 31 * DAY).toISOString().slice(0, 7);
  for (let i = 0; i < 3; i++) await server.get("/dossiers?sort=due");
  const due = await sample(60, (i) => server.get(i % 2 ? "/dossiers?sort=due" : "/dossiers?sort=due&due=late"));
  await server.get(`/indicateurs?month=${month}`);
  const indicators = await sample(20, (i) => server.get(`/indicateurs?month=${month}${i % 2 ? "&group=brand" : ""}`));
  const csv = await sample(20, () => server.get(`/api/indicateurs.csv?month=${month}`));
  const { db, close } = await openBench(target);
  const [counted] = await db
    .select({ n: sql<number>`count(DISTINCT ${indicatorFacts.demandNumber})`.mapWith(Number) })
    .from(indicatorFacts)
    .where(and(eq(indicatorFacts.month, month), inArray(indicatorFacts.figure, ["received", "returned"])));
  await close();
  return { due, indicators, csv, monthMoves: counted?.n ?? 0 };
}
