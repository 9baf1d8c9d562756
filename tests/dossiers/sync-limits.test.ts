// "Actualiser" against the real simulator: ten clicks within seconds cost one sync, not ten; past the
// per-person limit the answer says when to ask again; a person over the limit does not stop a colleague.
import { afterEach, beforeEach, expect, it } from "vitest";
import type { RmaClient } from "@/lib/rma/client";
import { createReachability } from "@/lib/rma/reachability";
import { syncAskedBy } from "@/lib/sync/on-request";
import type { Centre } from "@/lib/tenancy/centres";
import { STATUS_CODES } from "@/lib/rma/constants";
import { freshDatabase, type TestDatabase } from "../support/database";
import { startSimulator } from "../support/simulator";

let sim: Awaited<ReturnType<typeof startSimulator>>;
let database: TestDatabase;
let reads = 0;
let centre: Centre;
let centreId = 9_000;

beforeEach(async () => {
  sim = await startSimulator({ dossierCount: 20 });
  database = await freshDatabase();
  reads = 0;
  const rma = { ...sim.client, retrieveSpilled: (...args: Parameters<RmaClient["retrieveSpilled"]>) => (reads++, sim.client.retrieveSpilled(...args)) } as RmaClient;
  // A centre of its own for each test: the schedule and the limits are kept per centre, per process.
  centre = { id: ++centreId, slug: `test-${centreId}`, db: database.db, rma, reachability: createReachability(), platformOrigin: sim.origin };
});
afterEach(async () => {
  sim.sim.close();
  await database.close();
});

it("shares a sync that started seconds ago, running or finished, instead of repeating it", async () => {
  // A minute's sharing, so that a slow machine still asks within it.
  const alice = { id: 1, centreId: centre.id };
  const together = await Promise.all(Array.from({ length: 5 }, () => syncAskedBy(alice, centre, 60_000)));
  expect(new Set(together).size).toBe(1);
  const after = await Promise.all(Array.from({ length: 5 }, () => syncAskedBy(alice, centre, 60_000)));
  expect(after.every((r) => r === together[0])).toBe(true);
  expect(reads).toBe(STATUS_CODES.length);
});

it("past a person's limit answers busy with when to ask again, and a colleague is still served", async () => {
  {
    // Nothing shared: each click would be a sync of its own.
    const alice = { id: 1, centreId: centre.id };
    for (let i = 0; i < 6; i++) await syncAskedBy(alice, centre, 0);
    const refusal = await syncAskedBy(alice, centre, 0).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "busy", retryAfter: expect.any(Number) });
    expect((refusal as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect((refusal as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(60);
    expect((refusal as Error).message).toMatch(/réessayez dans \d+ s/);
    expect(reads).toBe(6 * STATUS_CODES.length);
    await syncAskedBy({ id: 2, centreId: centre.id }, centre, 0);
    expect(reads).toBe(7 * STATUS_CODES.length);
  }
});
