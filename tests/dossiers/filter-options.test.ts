// The queue's filter lists, read by one index probe per value: the same lists a plain DISTINCT gives.
import { afterEach, beforeEach, expect, it } from "vitest";
import { inArray, isNotNull } from "drizzle-orm";
import { dossiers } from "@/db/schema";
import { filterOptions } from "@/lib/dossiers/list-dossiers";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

it("lists every reseller, brand and type once, in order, without the empty ones", async () => {
  const distinct = async (column: "resellerCode" | "brand" | "type") =>
    (await world.db.selectDistinct({ v: dossiers[column] }).from(dossiers).where(isNotNull(dossiers[column])).orderBy(dossiers[column])).map((r) => r.v);
  const some = await world.db.select({ n: dossiers.demandNumber }).from(dossiers).limit(3);
  await world.db.update(dossiers).set({ brand: null }).where(inArray(dossiers.demandNumber, some.map((r) => r.n)));
  const options = await filterOptions(world.db);
  expect(options).toEqual({ resellers: await distinct("resellerCode"), brands: await distinct("brand"), types: await distinct("type") });
  expect(options.brands.length).toBeGreaterThan(2);
});
