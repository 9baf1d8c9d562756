// The simulator mode's demo story: Atelier's own records of the demo dossiers, made once per simulator
// seed, all marked demo, and made again (not doubled) after /_sim/reset.
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, events, notes, outbox, quotes, statusHistory } from "@/db/schema";
import { ensureDemoStory } from "@/lib/demo/story";
import { runSync } from "@/lib/sync/run-sync";
import { ensureDemoUsers } from "@/lib/users/demo-users";
import { freshDatabase } from "../support/database";
import { startSimulator } from "../support/simulator";

let sim: Awaited<ReturnType<typeof startSimulator>>;
let database: ReturnType<typeof freshDatabase>;
beforeEach(async () => {
  sim = await startSimulator({ dossierCount: 300 });
  database = freshDatabase();
  await ensureDemoUsers(database.db);
  await runSync({ db: database.db, client: sim.client, concurrency: 4 });
});
afterEach(() => sim.sim.close());

const count = (table: typeof quotes | typeof notes | typeof outbox | typeof events | typeof statusHistory) =>
  database.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.demo, true)).get()!.n;
const story = () => ({ quotes: count(quotes), notes: count(notes), commands: count(outbox), events: count(events), assigned: database.db.select({ n: sql<number>`count(*)` }).from(dossiers).where(sql`${dossiers.assignedTo} IS NOT NULL`).get()!.n });

describe("the demo story", () => {
  it("gives a manager ten weeks to judge: quotes with lines, answers and delays, notes by two people, assignments, commands waiting, dated history", async () => {
    expect(await ensureDemoStory(database.db, sim.origin)).toBe(true);
    const made = story();
    expect(made.quotes).toBeGreaterThanOrEqual(25);
    expect(made.notes).toBe(24);
    expect(made.commands).toBe(3);
    expect(made.assigned).toBeGreaterThan(20);
    const rows = database.db.select().from(quotes).all();
    expect(rows.every((q) => q.totalCents > 0 && JSON.parse(q.lines).length >= 2)).toBe(true);
    const answered = rows.filter((q) => q.answer);
    expect(answered.length).toBeGreaterThan(10);
    expect(answered.every((q) => q.answeredAt!.getTime() >= q.sentAt.getTime())).toBe(true);
    expect(new Set(database.db.select({ a: notes.authorId }).from(notes).all().map((n) => n.a)).size).toBe(2);
    expect(database.db.select().from(outbox).all().map((c) => c.state).sort()).toEqual(["failed", "failed", "review"]);
    // History has its real dates: some of it weeks old, none in the future.
    const span = database.db.select({ first: sql<number>`min(${statusHistory.at})`, last: sql<number>`max(${statusHistory.at})` }).from(statusHistory).where(eq(statusHistory.demo, true)).get()!;
    expect(Date.now() - span.first).toBeGreaterThan(30 * 86_400_000);
    expect(span.last).toBeLessThanOrEqual(Date.now());

    // Once per seed: another sync and another call change nothing.
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    expect(await ensureDemoStory(database.db, sim.origin)).toBe(false);
    expect(story()).toEqual(made);
  });

  it("is made again, not doubled, after the simulator is reset", async () => {
    await ensureDemoStory(database.db, sim.origin);
    const first = story();
    const firstIds = database.db.select({ id: quotes.id }).from(quotes).all();
    await sim.control("/reset", {});
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    expect(await ensureDemoStory(database.db, sim.origin)).toBe(true);
    expect(story()).toEqual(first);
    expect(database.db.select({ id: quotes.id }).from(quotes).all()).not.toEqual(firstIds);
  });
});
