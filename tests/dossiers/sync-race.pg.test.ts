// The race e2e/cluster.spec.ts met (BLG-7002-0077), replayed step by step on two connections: a sync read
// a dossier at RMAOK; Atelier applied D on another instance and committed while that sync was between its
// read of the mirror and its upsert; the upsert then wrote RMAOK over D without a history row. Now the sync
// waits for the other write and leaves D alone, and the history tells every status the mirror held. A reply
// the mirror already holds (the same digest) is not written at all, so it waits for nothing.
import { asc, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { first, openAt, rows, type Db } from "@/db";
import { dossiers, statusHistory } from "@/db/schema";
import { applyLocalChange, upsertFromPlatform } from "@/lib/dossiers/mirror";
import type { Dossier } from "@/lib/rma/model";
import { freshDatabase, type TestDatabase } from "../support/database";

const N = "BLG-7002-0077";
const listed = (statusCode: string, statusComment: string | null = null): Dossier => ({ type: "REP", demandNumber: N, agreementNumber: "99999", statusCode, statusComment, extra: {} }) as unknown as Dossier;

let main: TestDatabase;
let other: { db: Db; close: () => Promise<void> };
beforeEach(async () => {
  main = await freshDatabase();
  other = await openAt(main.url, 2);
});
afterEach(async () => {
  await other.close();
  await main.close();
});

/** Resolves once a statement of this database waits for a row lock: the upsert is blocked on the other write. */
async function someoneWaitsForALock(db: Db) {
  for (;;) {
    const [waiting] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (waiting!.n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it("a sync's older reply never overwrites a status Atelier applied meanwhile, and every move has its history row", async () => {
  const t0 = new Date("2026-12-01T10:00:00Z");
  await upsertFromPlatform(main.db, [listed("RMAOK")], t0, "sync");
  const readAt = new Date(t0.getTime() + 1_000); // the sync's list request, answered at RMAOK
  const appliedAt = new Date(t0.getTime() + 2_000); // Atelier's D, settled on the other instance

  let upsert: Promise<unknown> | undefined;
  await other.db.transaction(async (tx) => {
    await applyLocalChange(tx, { demandNumber: N, userId: 0, at: appliedAt, status: "D" });
    // Not committed yet: the sync's upsert starts now with a reply that is not what the mirror holds (its
    // comment changed), and must wait for this write.
    upsert = upsertFromPlatform(main.db, [listed("RMAOK", "Accord du revendeur")], new Date(t0.getTime() + 3_000), "sync", { requestedAt: readAt });
    await someoneWaitsForALock(main.db);
  });
  await upsert;

  expect((await first(main.db.select().from(dossiers).where(eq(dossiers.demandNumber, N))))?.statusCode).toBe("D");
  const history = await main.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, N)).orderBy(asc(statusHistory.id));
  expect(history.map((h) => [h.oldStatus, h.newStatus, h.source])).toEqual([
    [null, "RMAOK", "sync"],
    ["RMAOK", "D", "atelier"],
  ]);
});

it("a reply the mirror already holds waits for no other write, and the platform's next word is written after Atelier's", async () => {
  const t0 = new Date("2026-12-01T10:00:00Z");
  await upsertFromPlatform(main.db, [listed("RMAOK")], t0, "sync");
  await other.db.transaction(async (tx) => {
    await applyLocalChange(tx, { demandNumber: N, userId: 0, at: new Date(t0.getTime() + 2_000), status: "D" });
    // The same reply as before, while the other write holds the row: left out before any lock.
    const outcome = await upsertFromPlatform(main.db, [listed("RMAOK")], new Date(t0.getTime() + 3_000), "sync", { requestedAt: new Date(t0.getTime() + 1_000) });
    expect(outcome).toEqual({ inserted: 0, changed: [] });
  });
  expect((await first(main.db.select().from(dossiers).where(eq(dossiers.demandNumber, N))))?.statusCode).toBe("D");
  // Asked for after Atelier's write, the platform still says RMAOK: its word is written again.
  await upsertFromPlatform(main.db, [listed("RMAOK")], new Date(t0.getTime() + 5_000), "sync", { requestedAt: new Date(t0.getTime() + 4_000) });
  const history = await main.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, N)).orderBy(asc(statusHistory.id));
  expect(history.map((h) => [h.oldStatus, h.newStatus, h.source])).toEqual([
    [null, "RMAOK", "sync"],
    ["RMAOK", "D", "atelier"],
    ["D", "RMAOK", "sync"],
  ]);
});
