// The expertise report Atelier writes lists the parts fitted on the dossier, after what the technician typed.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { uploadBytes } from "@/lib/files/uploads";
import { commandOf } from "@/lib/outbox/outbox";
import { correctStock } from "@/lib/parts/catalogue";
import { addPartInput } from "@/lib/parts/inputs";
import { addPart, stepPart } from "@/lib/parts/lines";
import { addPrice, priceEntryInput } from "@/lib/parts/price-list";
import { writeDocument } from "@/lib/submit/write-document";
import { outboxWorld } from "../support/outbox";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld("manager");
});
afterEach(() => world.close());

it("an expertise report names each part fitted, once, after the technician's own words", async () => {
  const d = (await world.db.select().from(dossiers)).find((x) => x.acceptedAt !== null)!;
  const ctx = world.ctx();
  const { id } = await addPrice({ ctx, input: priceEntryInput.parse({ label: "Dalle écran", price: "120", brand: "", reference: "ECR-55" }) });
  await correctStock({ ctx, input: { articleId: id, delta: 2 } });
  for (const label of ["", "Nappe"]) {
    const { lineId } = await addPart({ ctx, input: addPartInput.parse({ demandNumber: d.demandNumber, article: label ? "" : "ECR-55", label, quantity: "1", fromStock: !label }) });
    if (!label) await stepPart("fit")({ ctx, input: { lineId } });
  }
  await writeDocument({ ctx, deps: world.deps, input: { requestId: randomUUID(), demandNumber: d.demandNumber, document: { kind: "expertise", fields: { findings: "Dalle fissurée", tests: "Allumage", parts: "Joint d'étanchéité", conclusion: "warranty" } } } });
  const row = (await world.db.select().from(outbox).where(eq(outbox.demandNumber, d.demandNumber))).at(-1)!;
  const pdf = await uploadBytes(world.db, (commandOf(row).params.file as { uploadId: string }).uploadId);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text).toContain("Joint d'étanchéité");
  expect(text).toContain("Pièce posée : 1 × Dalle écran (réf. ECR-55)");
  expect(text.split("Pièce posée").length - 1).toBe(1);
  expect(text).not.toContain("Nappe"); // not fitted
});
