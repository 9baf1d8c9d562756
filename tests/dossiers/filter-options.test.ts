// The queue's filter lists, read by one index probe per value: the same lists a plain DISTINCT gives.
import { afterEach, beforeEach, expect, it } from "vitest";
import { filterOptions } from "@/lib/dossiers/list-dossiers";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

it("lists every reseller, brand and type once, in order, without the empty ones", async () => {
  const distinct = (column: string) =>
    world.db.$client.prepare<[], { v: string }>(`SELECT DISTINCT ${column} AS v FROM dossiers WHERE ${column} IS NOT NULL ORDER BY ${column}`).all().map((r) => r.v);
  world.db.$client.prepare("UPDATE dossiers SET brand = NULL WHERE rowid IN (SELECT rowid FROM dossiers LIMIT 3)").run();
  const options = await filterOptions(world.db);
  expect(options).toEqual({ resellers: distinct("reseller_code"), brands: distinct("brand"), types: distinct("type") });
  expect(options.brands.length).toBeGreaterThan(2);
});
