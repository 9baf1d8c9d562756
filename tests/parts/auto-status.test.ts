// With the setting on, a part ordered sends CMDPART and its arrival REPPROG, each once through the outbox;
// with it off (the default), nothing goes without a click.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { commandOf, processDossier } from "@/lib/outbox/outbox";
import { saveAutoStatus } from "@/lib/parts/auto-status";
import { addSupplier } from "@/lib/parts/catalogue";
import { addPartInput } from "@/lib/parts/inputs";
import { addPart } from "@/lib/parts/lines";
import { createOrder } from "@/lib/parts/orders";
import { receiveScan } from "@/lib/parts/receiving";
import { sendPartsStatuses } from "@/lib/submit/parts-status";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld("manager");
});
afterEach(() => world.close());

const statuses = async (n: string) => (await world.db.select().from(outbox).where(eq(outbox.demandNumber, n))).filter((r) => r.kind === "status").map((r) => commandOf(r).params.statusCode);

it("sends CMDPART when the part is ordered and REPPROG when it is in, once each, only with the setting on", async () => {
  const ctx = world.ctx();
  const d = (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "IEXP")))[0]!;
  const supplierId = (await addSupplier({ ctx, input: { name: "PiècesPro", email: "", leadDays: 2 } })).id;
  await addPart({ ctx, input: addPartInput.parse({ demandNumber: d.demandNumber, label: "Nappe", quantity: "1", supplierId: String(supplierId) }) });
  const order = await createOrder({ ctx, input: { supplierId } });
  // Off by default: nothing sent.
  expect(await sendPartsStatuses(ctx, [{ demandNumber: d.demandNumber, change: `order:${order.orderId}` }], world.deps)).toEqual([]);
  expect(await statuses(d.demandNumber)).toEqual([]);

  await saveAutoStatus({ ctx, input: { enabled: true } });
  const ordered = [{ demandNumber: d.demandNumber, change: `order:${order.orderId}` }];
  expect(await sendPartsStatuses(ctx, ordered, world.deps)).toEqual([{ demandNumber: d.demandNumber, statusCode: "CMDPART" }]);
  await sendPartsStatuses(ctx, ordered, world.deps); // the same change again: the same request, nothing more
  await processDossier(world.deps, d.demandNumber);
  expect((await world.db.select().from(dossiers).where(eq(dossiers.demandNumber, d.demandNumber)))[0]!.statusCode).toBe("CMDPART");

  const { received } = await receiveScan({ ctx, input: { code: order.number } });
  await sendPartsStatuses(ctx, received.map((r) => ({ demandNumber: r.demandNumber, change: `line:${r.lineId}:received` })), world.deps);
  await processDossier(world.deps, d.demandNumber);
  expect(await statuses(d.demandNumber)).toEqual(["CMDPART", "REPPROG"]);
  const applied = (await world.received("demands/status")).filter((r) => r.body.demand_number === d.demandNumber || r.body.demandNumber === d.demandNumber);
  expect(applied).toHaveLength(2);
});
