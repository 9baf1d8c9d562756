// A submission judges the dossier as its queued commands will leave it. An accept that settles between
// the submission's two reads (applied on the other instance) must be seen in one of them: the queue is read
// first, then the mirror. Read the other way round, the next status was refused "accept first"
// (e2e/cluster.spec.ts, RDC-5002-0084). Here the accept settles exactly between the two reads.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "@/db";
import { dossiers, outbox } from "@/db/schema";
import { submitAction } from "@/lib/submit/submit-action";
import { enqueue, settleSent } from "@/lib/outbox/outbox";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

/** The database, calling `between` once, right after its `nth` select has answered. */
function afterSelect(db: Db, nth: number, between: () => Promise<unknown>): Db {
  let selects = 0;
  const wrap = <T extends object>(target: T, counted: boolean): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object) as unknown;
        if (property === "then" && typeof value === "function") {
          return (resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown) =>
            (value as (a: (v: unknown) => unknown) => Promise<unknown>)
              .call(object, async (result: unknown) => {
                if (counted && ++selects === nth) await between();
                return result;
              })
              .then(resolve, reject);
        }
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const out = (value as (...a: unknown[]) => unknown).apply(object, args);
          return out && typeof out === "object" ? wrap(out as object, counted) : out;
        };
      },
    });
  return new Proxy(db, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (property === "select") return (...args: unknown[]) => wrap((value as (...a: unknown[]) => object).apply(object, args), true);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

it("a status submitted while its accept settles is judged against the accepted dossier", async () => {
  const [d] = (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "RMAD"))).filter((x) => x.type === "REP");
  const n = d!.demandNumber;
  // The accept, queued and waiting for a person; the platform took it (the other instance sent it).
  const { row: accept } = await enqueue(world.ctx(), { requestId: randomUUID(), demandNumber: n, verb: "accept", params: { agreementNumber: "A-1" } });
  await world.db.update(outbox).set({ state: "review" }).where(eq(outbox.id, accept.id));
  await world.sim.client.accept({ demandNumber: n, agreementNumber: "A-1" });

  // Selects of the submission: the request id, then its two reads; the accept settles after the first of them.
  const db = afterSelect(world.db, 2, () => settleSent(world.db, { ...accept, state: "review" }, new Date(), null));
  const outcome = await submitAction({ ctx: { ...world.ctx(), db }, input: { requestId: randomUUID(), demandNumber: n, command: { kind: "status", payload: { statusCode: "D" } } }, deps: world.deps });
  expect(outcome).toMatchObject({ state: "sent" });
  expect(world.sim.sim.store.get(n)!.record.current_status_code).toBe("D");
});
