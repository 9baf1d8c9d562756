// The per-status counts the database keeps (dossier_counts, and dossier_due_counts per due day, by
// triggers) are the counts of the mirror, whatever wrote it: syncs that add and move dossiers, Atelier's own writes, a dossier removed.
import { eq, inArray, sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dossierCounts, dossierDueCounts, dossiers } from "@/db/schema";
import { applyLocalChange } from "@/lib/dossiers/mirror";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { runSync } from "@/lib/sync/run-sync";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

async function expectCountsTrue() {
  const counted = await world.db.select({ status: dossiers.statusCode, n: sql<number>`count(*)`.mapWith(Number) }).from(dossiers).groupBy(dossiers.statusCode);
  const kept = (await world.db.select().from(dossierCounts)).filter((c) => c.count !== 0);
  expect(Object.fromEntries(kept.map((c) => [c.statusCode, c.count]))).toEqual(Object.fromEntries(counted.map((c) => [c.status, c.n])));
  const page = await listDossiers(world.db, parseQueueFilters({}), { warnDays: 7, alertDays: 14 });
  expect(page.statusCounts).toEqual(Object.fromEntries(counted.map((c) => [c.status, c.n])));
  expect(page.total).toBe(counted.reduce((sum, c) => sum + c.n, 0));

  const byDay = new Map<string, number>();
  for (const d of await world.db.select({ status: dossiers.statusCode, dueAt: dossiers.dueAt }).from(dossiers)) {
    if (!d.dueAt) continue;
    const key = `${d.status} ${Math.floor(d.dueAt.getTime() / 86_400_000)}`;
    byDay.set(key, (byDay.get(key) ?? 0) + 1);
  }
  const keptByDay = (await world.db.select().from(dossierDueCounts)).map((c) => [`${c.statusCode} ${c.dueDay}`, c.count] as const);
  expect(Object.fromEntries(keptByDay)).toEqual(Object.fromEntries(byDay));
  expect(byDay.size).toBeGreaterThan(0);
}

it("follow every write to the mirror", async () => {
  await expectCountsTrue();
  const [a, b] = await world.sim.client.retrieveRequests("RMAD");
  await world.sim.client.accept({ demandNumber: a!.demandNumber, agreementNumber: "A-1" });
  await world.sim.control("/dossiers", { type: "REP" });
  await runSync({ db: world.db, client: world.sim.client, concurrency: 4 });
  await expectCountsTrue();
  await applyLocalChange(world.db, { demandNumber: b!.demandNumber, userId: 0, at: new Date(), status: "RMAOK", accepted: true });
  await expectCountsTrue();
  await world.db.delete(dossiers).where(eq(dossiers.demandNumber, a!.demandNumber));
  await expectCountsTrue();
  // A due time moved to another day, and one cleared, without a status change.
  await world.db.update(dossiers).set({ dueAt: new Date(Date.now() + 3 * 86_400_000) }).where(eq(dossiers.demandNumber, b!.demandNumber));
  await expectCountsTrue();
  await world.db.update(dossiers).set({ dueAt: null }).where(eq(dossiers.demandNumber, b!.demandNumber));
  await expectCountsTrue();
  // A phase's total is the count of its statuses.
  const phase = await listDossiers(world.db, parseQueueFilters({ phase: "en-transit" }), { warnDays: 7, alertDays: 14 });
  const inTransit = await world.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(dossiers).where(inArray(dossiers.statusCode, ["RMAOK", "ATTTRA", "ATTEXP", "EXPOK"]));
  expect(phase.total).toBe(inTransit[0]!.n);
  expect(phase.total).toBeGreaterThan(0);
});
