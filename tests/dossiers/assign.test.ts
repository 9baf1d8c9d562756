// Who has a dossier: a technician takes one, a manager gives many at once; the queue's "Mes dossiers" and
// assignee filter follow, and the sync never touches it.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, dossiers, users } from "@/db/schema";
import { assignDossiers, takeDossier } from "@/lib/dossiers/assign";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { runSync } from "@/lib/sync/run-sync";
import { ctxFor, insertUser } from "../support/database";
import { outboxWorld } from "../support/outbox";
import { first } from "@/db";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

const aging = { warnDays: 7, alertDays: 14 };

describe("assignment", () => {
  it("a technician takes a dossier, a manager hands several to someone else, and the queue filters by it", async () => {
    const [a, b, c] = (await world.db.select().from(dossiers));
    await takeDossier({ ctx: world.ctx(), input: { demandNumber: a!.demandNumber } });
    const mine = await listDossiers(world.db, parseQueueFilters({ mine: "1" }), aging, new Date(), world.user.id);
    expect(mine.rows.map((r) => [r.demandNumber, r.assignee])).toEqual([[a!.demandNumber, world.user.name]]);

    const manager = await insertUser(world.db, "manager", "chef@test.fr");
    const other = await insertUser(world.db, "technician", "autre@test.fr");
    expect(await assignDossiers({ ctx: ctxFor(world.db, manager), input: { demandNumbers: [a!.demandNumber, b!.demandNumber, c!.demandNumber], userId: other.id } })).toEqual({ count: 3 });
    expect((await listDossiers(world.db, parseQueueFilters({ mine: "1" }), aging, new Date(), world.user.id)).total).toBe(0);
    expect((await listDossiers(world.db, parseQueueFilters({ assignee: String(other.id) }), aging)).total).toBe(3);
    expect((await world.db.select().from(auditLog).where(eq(auditLog.action, "dossier.assign")))).toHaveLength(4);

    // A sync rewrites the platform's fields, never who has the dossier.
    await runSync({ db: world.db, client: world.sim.client, concurrency: 4 });
    expect((await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, a!.demandNumber))))?.assignedTo).toBe(other.id);
  });

  it("refuses a deactivated user, and changes nothing", async () => {
    const [a] = (await world.db.select().from(dossiers));
    const gone = await insertUser(world.db, "technician", "parti@test.fr");
    (await world.db.update(users).set({ active: false }).where(eq(users.id, gone.id)));
    await expect(assignDossiers({ ctx: world.ctx(), input: { demandNumbers: [a!.demandNumber], userId: gone.id } })).rejects.toThrow(/désactivé/);
    expect((await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, a!.demandNumber))))?.assignedTo).toBeNull();
  });
});
