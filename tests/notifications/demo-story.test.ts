// The simulator mode's demo story: Atelier's own records of the demo dossiers, made once per simulator
// seed, all marked demo, and made again (not doubled) after /_sim/reset.
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, events, notes, outbox, partLines, partOrders, priceList, quotes, statusHistory, stockMovements, suppliers } from "@/db/schema";
import { underMinimum, waitingParts } from "@/lib/parts/queries";
import { ensureDemoStory } from "@/lib/demo/story";
import { runSync } from "@/lib/sync/run-sync";
import { ensureDemoUsers } from "@/lib/users/demo-users";
import { freshDatabase } from "../support/database";
import { startSimulator } from "../support/simulator";
import { first } from "@/db";

let sim: Awaited<ReturnType<typeof startSimulator>>;
let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => {
  sim = await startSimulator({ dossierCount: 300 });
  database = await freshDatabase();
  await ensureDemoUsers(database.db);
  await runSync({ db: database.db, client: sim.client, concurrency: 4 });
});
afterEach(async () => {
  sim.sim.close();
  await database.close();
});

const count = async (table: typeof quotes | typeof notes | typeof outbox | typeof events | typeof statusHistory) =>
  (await first(database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table).where(eq(table.demo, true))))!.n;
const story = async () => ({ quotes: await count(quotes), notes: await count(notes), commands: await count(outbox), events: await count(events), assigned: (await first(database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(dossiers).where(sql`${dossiers.assignedTo} IS NOT NULL`)))!.n });

describe("the demo story", () => {
  it("gives a manager ten weeks to judge: quotes with lines, answers and delays, notes by two people, assignments, commands waiting, dated history", async () => {
    expect(await ensureDemoStory(database.db, sim.origin)).toBe(true);
    const made = await story();
    expect(made.quotes).toBeGreaterThanOrEqual(25);
    expect(made.notes).toBe(24);
    expect(made.commands).toBe(3);
    expect(made.assigned).toBeGreaterThan(20);
    const rows = (await database.db.select().from(quotes));
    expect(rows.every((q) => q.totalCents > 0 && JSON.parse(q.lines).length >= 2)).toBe(true);
    const answered = rows.filter((q) => q.answer);
    expect(answered.length).toBeGreaterThan(10);
    expect(answered.every((q) => q.answeredAt!.getTime() >= q.sentAt.getTime())).toBe(true);
    expect(new Set((await database.db.select({ a: notes.authorId }).from(notes)).map((n) => n.a)).size).toBe(2);
    expect((await database.db.select().from(outbox)).map((c) => c.state).sort()).toEqual(["failed", "failed", "review"]);
    // History has its real dates: some of it weeks old, none in the future.
    const span = (await first(database.db.select({ first: sql<number>`min(${statusHistory.at})`.mapWith(Number), last: sql<number>`max(${statusHistory.at})`.mapWith(Number) }).from(statusHistory).where(eq(statusHistory.demo, true))))!;
    expect(Date.now() - span.first).toBeGreaterThan(30 * 86_400_000);
    expect(span.last).toBeLessThanOrEqual(Date.now());

    // Once per seed: another sync and another call change nothing.
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    expect(await ensureDemoStory(database.db, sim.origin)).toBe(false);
    expect(await story()).toEqual(made);
  });

  it("fills /pieces: a catalogue of 30 articles from 3 suppliers, the CMDPART dossiers' parts on orders partly received, stock that its movements explain", async () => {
    await ensureDemoStory(database.db, sim.origin);
    expect(await database.db.select().from(priceList)).toHaveLength(30);
    expect(await database.db.select().from(suppliers)).toHaveLength(3);
    const atCmdpart = (await database.db.select({ n: dossiers.demandNumber }).from(dossiers).where(eq(dossiers.statusCode, "CMDPART"))).map((d) => d.n).sort();
    expect(atCmdpart.length).toBeGreaterThan(0);
    const lines = await database.db.select().from(partLines);
    expect([...new Set(lines.filter((l) => l.orderId !== null).map((l) => l.demandNumber))].sort()).toEqual(atCmdpart);
    expect(lines.some((l) => l.state === "received") && lines.some((l) => l.state === "ordered") && lines.some((l) => l.state === "fitted")).toBe(true);
    expect((await database.db.select().from(partOrders)).length).toBeGreaterThan(0);
    expect((await waitingParts(database.db)).length).toBe(lines.filter((l) => l.state === "ordered").length);
    expect((await underMinimum(database.db)).length).toBeGreaterThan(0);
    // Each article's stock is the sum of its movements.
    const moves = await database.db.select().from(stockMovements);
    for (const a of await database.db.select().from(priceList)) expect(a.stock).toBe(moves.filter((m) => m.articleId === a.id).reduce((n, m) => n + m.delta, 0));
    // Made again after a reset: the same counts, not doubled.
    await sim.control("/reset", {});
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    await ensureDemoStory(database.db, sim.origin);
    expect(await database.db.select().from(priceList)).toHaveLength(30);
    expect(await database.db.select().from(suppliers)).toHaveLength(3);
  });

  it("is made again, not doubled, after the simulator is reset", async () => {
    await ensureDemoStory(database.db, sim.origin);
    const first = await story();
    const firstIds = (await database.db.select({ id: quotes.id }).from(quotes));
    await sim.control("/reset", {});
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    expect(await ensureDemoStory(database.db, sim.origin)).toBe(true);
    expect(await story()).toEqual(first);
    expect((await database.db.select({ id: quotes.id }).from(quotes))).not.toEqual(firstIds);
  });
});
