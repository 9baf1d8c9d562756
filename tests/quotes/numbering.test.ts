// Quote numbers: given by Atelier when the technician leaves the field blank, unique and without gaps in a
// year, even when many technicians send quotes at the same moment; the PDF carries the number it got.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { submitAction } from "@/lib/submit/submit-action";
import { commandOf } from "@/lib/outbox/outbox";
import { uploadBytes } from "@/lib/files/uploads";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

describe("quote numbers", () => {
  it("20 quotes sent at once get 20 consecutive numbers, each in its own PDF", { timeout: 60_000 }, async () => {
    const targets = (await world.db.select().from(dossiers)).filter((d) => d.acceptedAt !== null).slice(0, 20);
    while (targets.length < 20) targets.push(targets[targets.length % Math.max(1, targets.length)]!);
    await world.sim.control("/faults", { latencyMs: 30 });
    await Promise.all(
      targets.map((d) =>
        submitAction({ ctx: world.ctx(), input: { requestId: randomUUID(), demandNumber: d.demandNumber, command: { kind: "quotation", payload: { lines: [{ label: "Écran", quantity: 1, unitPriceCents: 10000 }] } } }, deps: world.deps }),
      ),
    );
    const rows = (await world.db.select().from(outbox).where(eq(outbox.kind, "quotation")));
    const numbers = rows.map((r) => commandOf(r).params.quoteNumber as string).sort();
    const year = new Date().getFullYear();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `DV-${year}-${String(i + 1).padStart(4, "0")}`));
    for (const row of rows) {
      const { params } = commandOf(row);
      const pdf = await uploadBytes(world.db, (params.quoteFile as { uploadId: string }).uploadId);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      expect(text).toContain(`Devis n° ${params.quoteNumber as string}`);
    }
  });
});
