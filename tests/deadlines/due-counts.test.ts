// The queue's « En retard » and « À risque » filters, on both engines: the dossiers they list, the total and
// each status's count (the phase tabs), alone and with another filter (two ways of counting them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { dossiers } from "@/db/schema";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { freshDatabase, type TestDatabase } from "../support/database";

const HOUR = 3_600_000;
/** A Wednesday at noon, Paris: « à risque » runs to Thursday noon. */
const NOW = new Date("2026-12-02T12:00:00+01:00");
const AGING = { warnDays: 7, alertDays: 14 };

let database: TestDatabase;

const row = (n: string, statusCode: string, resellerCode: string, dueInHours: number | null) => ({
  demandNumber: n,
  type: "REP",
  statusCode,
  resellerCode,
  statusChangedAt: NOW,
  lastSeenAt: NOW,
  dueAt: dueInHours === null ? null : new Date(NOW.getTime() + dueInHours * HOUR),
});

beforeAll(async () => {
  database = await freshDatabase();
  await database.db.insert(dossiers).values([
    row("A-1", "D", "FNAC", -30),
    row("A-2", "D", "BOULANGER", -2),
    row("A-3", "IEXP", "FNAC", -1),
    row("A-4", "IEXP", "FNAC", 5),
    row("A-5", "PRRE", "BOULANGER", 20),
    row("A-6", "EDE", "FNAC", 200),
    row("A-7", "RPR", "FNAC", null),
  ]);
});
afterAll(() => database.close());

const queue = (params: Record<string, string>) => listDossiers(database.db, parseQueueFilters(params), AGING, NOW);

describe("the queue by due time", () => {
  it("lists and counts the late dossiers per status", async () => {
    const late = await queue({ due: "late", sort: "due" });
    expect(late.rows.map((r) => r.demandNumber)).toEqual(["A-1", "A-2", "A-3"]);
    expect(late.statusCounts).toEqual({ D: 2, IEXP: 1 });
    expect(late.total).toBe(3);
  });

  it("counts those due within a working day", async () => {
    const risk = await queue({ due: "risk" });
    expect(risk.rows.map((r) => r.demandNumber).sort()).toEqual(["A-4", "A-5"]);
    expect(risk.statusCounts).toEqual({ IEXP: 1, PRRE: 1 });
  });

  it("counts the same way with another filter", async () => {
    const fnacLate = await queue({ due: "late", reseller: "FNAC" });
    expect(fnacLate.rows.map((r) => r.demandNumber).sort()).toEqual(["A-1", "A-3"]);
    expect(fnacLate.statusCounts).toEqual({ D: 1, IEXP: 1 });
  });

  it("follows a dossier that moves: a new status, a due time moved past now, one removed", async () => {
    await database.db.update(dossiers).set({ statusCode: "IEXP" }).where(eq(dossiers.demandNumber, "A-1"));
    await database.db.update(dossiers).set({ dueAt: new Date(NOW.getTime() + 3 * HOUR) }).where(eq(dossiers.demandNumber, "A-3"));
    await database.db.delete(dossiers).where(eq(dossiers.demandNumber, "A-2"));
    const late = await queue({ due: "late" });
    expect(late.statusCounts).toEqual({ IEXP: 1 });
    expect(late.rows.map((r) => r.demandNumber)).toEqual(["A-1"]);
    const risk = await queue({ due: "risk" });
    expect(risk.statusCounts).toEqual({ IEXP: 2, PRRE: 1 });
  });
});
