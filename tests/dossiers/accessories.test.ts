// The accessories received with a product: saved and audited, printed on the ticket, never touched by a sync.
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, dossiers } from "@/db/schema";
import { accessoriesInput, saveAccessories } from "@/lib/dossiers/accessories";
import { printTicket } from "@/lib/pdf/print-dossier";
import { runSync } from "@/lib/sync/run-sync";
import { outboxWorld } from "../support/outbox";
import { first } from "@/db";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

const accessoriesOf = async (n: string) => (await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, n))))?.accessories;

describe("accessories received", () => {
  it("are saved with an audit row, printed on the repair ticket, and left alone by the sync", async () => {
    const [a] = (await world.db.select().from(dossiers));
    await saveAccessories({ ctx: world.ctx(), input: accessoriesInput.parse({ demandNumber: a!.demandNumber, accessories: "  Chargeur, câble USB-C  " }) });
    expect(await accessoriesOf(a!.demandNumber)).toBe("Chargeur, câble USB-C");
    expect((await world.db.select().from(auditLog).where(eq(auditLog.action, "dossier.accessories")))).toHaveLength(1);

    const pdf = await printTicket(world.db, a!.demandNumber, "http://atelier.test", new Date());
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Chargeur, câble USB-C");

    await runSync({ db: world.db, client: world.sim.client, concurrency: 4 });
    expect(await accessoriesOf(a!.demandNumber)).toBe("Chargeur, câble USB-C");
  });

  it("refuses too long a text with a French field error, and an unknown dossier, changing nothing", async () => {
    const parsed = accessoriesInput.safeParse({ demandNumber: "X", accessories: "x".repeat(501) });
    expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe("500 caractères au plus.");
    await expect(saveAccessories({ ctx: world.ctx(), input: { demandNumber: "NOPE-0000-0000", accessories: "Boîte" } })).rejects.toThrow("Dossier introuvable.");
    expect((await world.db.select().from(auditLog).where(eq(auditLog.action, "dossier.accessories")))).toHaveLength(0);
  });
});
