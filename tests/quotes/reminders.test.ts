// Quotes without an answer after 7 days: listed with their validity, reminded by one message through the
// outbox (the same request twice sends once), then left alone for 7 days.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dossiers, quotes } from "@/db/schema";
import { processDossier } from "@/lib/outbox/outbox";
import { quotesToRemind } from "@/lib/quotes/reminders";
import { remindQuote } from "@/lib/submit/quote-reminder";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld("manager");
});
afterEach(() => world.close());

const DAY = 86_400_000;

it("lists a quote unanswered for more than 7 days, reminds the reseller once, and marks an expired one", async () => {
  const [d, fresh] = (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "EDE"))).slice(0, 2);
  const now = Date.now();
  const [old] = await world.db.insert(quotes).values({ demandNumber: d!.demandNumber, quoteNumber: "DV-2026-0042", lines: "[]", totalCents: 12_000, sentAt: new Date(now - 40 * DAY) }).returning();
  await world.db.insert(quotes).values({ demandNumber: fresh!.demandNumber, quoteNumber: "DV-2026-0043", lines: "[]", totalCents: 5_000, sentAt: new Date(now - 2 * DAY) });
  const listed = await quotesToRemind(world.db);
  expect(listed.days).toBe(7);
  expect(listed.quotes.map((q) => [q.quoteNumber, q.expired])).toEqual([["DV-2026-0042", true]]); // 40 days > 30 days' validity

  const requestId = randomUUID();
  const first = await remindQuote({ ctx: world.ctx(), input: { requestId, quoteId: old!.id }, deps: world.deps });
  const again = await remindQuote({ ctx: world.ctx(), input: { requestId, quoteId: old!.id }, deps: world.deps });
  expect([first.duplicate, again.duplicate]).toEqual([false, true]);
  await processDossier(world.deps, d!.demandNumber);
  const messages = (await world.received("demands/message")).filter((r) => JSON.stringify(r.body).includes(d!.demandNumber));
  expect(messages).toHaveLength(1);
  expect(JSON.stringify(messages[0]!.body)).toContain("DV-2026-0042");
  // The platform moved it to INFSTT with the message: not waiting at EDE, not listed. Back at EDE, a
  // reminded quote waits 7 days before it is listed again.
  expect((await quotesToRemind(world.db)).quotes).toEqual([]);
  await world.db.update(dossiers).set({ statusCode: "EDE" }).where(eq(dossiers.demandNumber, d!.demandNumber));
  expect((await quotesToRemind(world.db, new Date(now + DAY))).quotes).toEqual([]);
  expect((await quotesToRemind(world.db, new Date(now + 8 * DAY))).quotes.map((q) => q.quoteNumber)).toEqual(["DV-2026-0042", "DV-2026-0043"]);
  await expect(remindQuote({ ctx: world.ctx(), input: { requestId: randomUUID(), quoteId: 99_999 }, deps: world.deps })).rejects.toThrow("Ce devis n'existe pas");
});
