// "Réessayer" on a command the platform did not settle: it brings the next try forward, checks an unknown
// outcome before anything goes again, and a write reaches the platform once, whoever (the button or the
// worker) gets there first. Against the real simulator.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { retryCommand } from "@/lib/outbox/manage";
import { submitAction } from "@/lib/submit/submit-action";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

const faults = (patch: Record<string, number>) => world.sim.control("/faults", patch);
const rowOf = async (demandNumber: string) => (await world.db.select().from(outbox).where(eq(outbox.demandNumber, demandNumber)))[0]!;
const applied = (n: string) => world.sim.sim.store.applied(n).filter((a) => a.route === "demands/status");

async function unknownStatus() {
  const [d] = await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "D"));
  await faults({ errorRate: 1 });
  const outcome = await submitAction({ ctx: world.ctx(), input: { requestId: randomUUID(), demandNumber: d!.demandNumber, command: { kind: "status", payload: { statusCode: "IEXP" } } }, deps: world.deps });
  expect(outcome.state).toBe("unknown");
  return d!.demandNumber;
}

describe("Réessayer", () => {
  it("once the platform is back, checks the unknown outcome first, then sends the status once", async () => {
    const n = await unknownStatus();
    await faults({ errorRate: 0 });
    expect(await retryCommand({ ctx: world.ctx(), input: { commandId: (await rowOf(n)).id }, deps: world.deps })).toMatchObject({ state: "sent" });
    expect(applied(n)).toHaveLength(1);
    // The 500 came before the simulator applied it: the check finds it not applied, so it goes again.
    expect(await rowOf(n)).toMatchObject({ state: "sent", sendAttempts: 2, verifyAttempts: 1 });
  });

  it("while the platform still fails, keeps the outcome unknown and sends nothing", async () => {
    const n = await unknownStatus();
    const before = await rowOf(n);
    expect(await retryCommand({ ctx: world.ctx(), input: { commandId: before.id }, deps: world.deps })).toMatchObject({ state: "unknown" });
    expect(await rowOf(n)).toMatchObject({ state: "unknown", sendAttempts: before.sendAttempts });
    await faults({ errorRate: 0 });
    expect(applied(n)).toHaveLength(0);
  });

  it("refuses a command already sent, in French, and changes nothing", async () => {
    const n = await unknownStatus();
    await faults({ errorRate: 0 });
    await retryCommand({ ctx: world.ctx(), input: { commandId: (await rowOf(n)).id }, deps: world.deps });
    await expect(retryCommand({ ctx: world.ctx(), input: { commandId: (await rowOf(n)).id }, deps: world.deps })).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/[a-zé]/) });
    expect(applied(n)).toHaveLength(1);
  });
});
