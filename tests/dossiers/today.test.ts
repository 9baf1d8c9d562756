// « Aujourd'hui »: each count is what the queue it links to would list.
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, quotes } from "@/db/schema";
import { agingReport } from "@/lib/dossiers/aging-report";
import { takeDossier } from "@/lib/dossiers/assign";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { startOfWeek, today } from "@/lib/home/today";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld("manager");
});
afterEach(() => world.close());

const aging = { warnDays: 7, alertDays: 14 };
const queueTotal = async (params: Record<string, string>) => (await listDossiers(world.db, parseQueueFilters(params), aging, new Date(), world.user.id)).total;

describe("today", () => {
  it("counts what the linked queues list, the late ones by threshold, mine, and the manager's week", async () => {
    const [a, b] = (await world.db.select().from(dossiers).where(sql`${dossiers.statusCode} NOT IN ('AVRC','AVRF','RPR','RMANOK')`));
    (await world.db.update(dossiers).set({ statusChangedAt: new Date(Date.now() - 20 * 86_400_000) }).where(eq(dossiers.demandNumber, a!.demandNumber)));
    (await world.db.update(dossiers).set({ statusChangedAt: new Date(Date.now() - 9 * 86_400_000) }).where(eq(dossiers.demandNumber, b!.demandNumber)));
    await takeDossier({ ctx: world.ctx(), input: { demandNumber: a!.demandNumber } });
    const now = new Date();
    (await world.db.insert(quotes).values([
      { demandNumber: a!.demandNumber, quoteNumber: "Q1", lines: "[]", totalCents: 100, sentAt: now, answer: "VDE", answeredAt: now },
      { demandNumber: b!.demandNumber, quoteNumber: "Q2", lines: "[]", totalCents: 100, sentAt: now, answer: "RDE", treatment: "RETURN", answeredAt: now },
      { demandNumber: b!.demandNumber, quoteNumber: "Q3", lines: "[]", totalCents: 100, sentAt: now },
      { demandNumber: b!.demandNumber, quoteNumber: "Q0", lines: "[]", totalCents: 100, sentAt: new Date(startOfWeek(now).getTime() - 1) },
    ]));

    const t = await today(world.db, { id: world.user.id, manager: true }, aging, now);
    expect(t.toAccept).toBe(await queueTotal({ status: "RMAD" }));
    expect(t.received).toBe(await queueTotal({ status: "D" }));
    expect(t.quoteAnswers.vde + t.quoteAnswers.rde).toBe((await queueTotal({ status: "VDE" })) + (await queueTotal({ status: "RDE" })));
    expect(t.infoAnswers).toBe(await queueTotal({ status: "INFREV" }));
    // The same as the aging report the managers' « Retards » page shows.
    const late = (await agingReport(world.db, aging, now)).late;
    expect(t.late).toEqual({ warn: late.filter((l) => l.level === "warn").length, alert: late.filter((l) => l.level === "alert").length });
    expect(late.map((l) => l.demandNumber)).toEqual(expect.arrayContaining([a!.demandNumber, b!.demandNumber]));
    expect(t.mine).toBe(1);
    expect(t.manager!.week).toEqual({ sent: 3, answered: 2, accepted: 1 });
    expect(t.manager!.team).toEqual([{ userName: world.user.name, actions: 1 }]);
    expect(t.manager!.oldest?.demandNumber).toBeTruthy();
    expect((await today(world.db, { id: world.user.id, manager: false }, aging, now)).manager).toBeNull();
  });
});
