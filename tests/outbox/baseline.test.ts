// A command's baseline is the dossier's status once the commands before it on that dossier have settled,
// not whatever the mirror shows then (e2e/cluster.spec.ts, BLG-7002-0077: D applied, the mirror set back to
// RMAOK by a sync race, IEXP recorded "before RMAOK", and its unknown outcome could never be decided).
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { submitAction, type SubmitActionInput } from "@/lib/submit/submit-action";
import { processDue } from "@/lib/outbox/outbox";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

const submit = (demandNumber: string, command: SubmitActionInput["command"]) =>
  submitAction({ ctx: world.ctx(), input: { requestId: randomUUID(), demandNumber, command }, deps: world.deps });
let clock = Date.now();
const tick = () => processDue({ ...world.deps, now: () => new Date((clock += 10 * 60_000)) });

it("after D applied, a lagging mirror at RMAOK is not IEXP's baseline; its unknown outcome is then decided", async () => {
  const [d] = (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "RMAOK"))).filter((x) => x.type === "REP");
  const n = d!.demandNumber;
  expect(await submit(n, { kind: "status", payload: { statusCode: "D" } })).toMatchObject({ state: "sent" });
  // What the race left: the mirror back at RMAOK, with no history row saying so.
  await world.db.update(dossiers).set({ statusCode: "RMAOK" }).where(eq(dossiers.demandNumber, n));

  // IEXP leaves, and no answer comes back: it was not carried out, but Atelier cannot know.
  await world.sim.control("/faults", { hangRate: 1, onlyRoutes: ["demands/status"] });
  expect(await submit(n, { kind: "status", payload: { statusCode: "IEXP" } })).toMatchObject({ state: "unknown" });
  const [, iexp] = await world.db.select().from(outbox).where(eq(outbox.demandNumber, n)).orderBy(outbox.id);
  expect(iexp).toMatchObject({ kind: "status", beforeStatus: "D" });

  // The check reads D at the platform: where it was before the send, so not applied, and sent again once.
  await world.sim.control("/faults", { hangRate: 0, onlyRoutes: [] });
  await tick();
  await tick();
  expect((await world.db.select().from(outbox).where(eq(outbox.id, iexp!.id)))[0]).toMatchObject({ state: "sent" });
  expect(world.sim.sim.store.applied(n).filter((a) => a.route === "demands/status")).toHaveLength(2);
  expect(world.sim.sim.store.get(n)!.record.current_status_code).toBe("IEXP");
});
