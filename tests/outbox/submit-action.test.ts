// Dossier actions through the outbox, against the real simulator over HTTP.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, dossiers, outbox, quotes, statusHistory } from "@/db/schema";
import { submitAction, type SubmitActionInput } from "@/lib/submit/submit-action";
import { processDue } from "@/lib/outbox/outbox";
import { outboxWorld } from "../support/outbox";
import { upload } from "../support/uploads";
import { saveUpload } from "@/lib/files/uploads";
import { first } from "@/db";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

const at = async (status: string) => (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, status as never)));
const submit = (demandNumber: string, command: SubmitActionInput["command"], requestId = randomUUID()) =>
  submitAction({ ctx: world.ctx(), input: { requestId, demandNumber, command }, deps: world.deps });
const rowOf = async (demandNumber: string) => (await world.db.select().from(outbox).where(eq(outbox.demandNumber, demandNumber)));
const later = () => new Date(Date.now() + 10 * 60_000);

describe("dossier actions", () => {
  it("a status is sent once, and the mirror, its history and the audit log show it at once", async () => {
    const [d] = await at("D");
    const outcome = await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP", comment: "Début d'expertise" } });
    expect(outcome).toEqual({ state: "sent", duplicate: false });
    expect((await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, d!.demandNumber))))).toMatchObject({ statusCode: "IEXP", statusComment: "Début d'expertise" });
    const history = (await world.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, d!.demandNumber))).at(-1)!;
    expect(history).toMatchObject({ oldStatus: "D", newStatus: "IEXP", source: "atelier", userId: world.user.id });
    expect((await world.db.select().from(auditLog).where(eq(auditLog.dossierNumber, d!.demandNumber)))).toMatchObject([{ action: "dossier.status", outcome: "ok" }]);
    expect((await world.sim.control<{ dossier: { current_status_code: string } }>(`/dossiers/${d!.demandNumber}`)).dossier.current_status_code).toBe("IEXP");
  });

  it("the same request submitted twice (double click, resubmission) is sent once", async () => {
    const [d] = await at("D");
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } }, requestId),
      submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } }, requestId),
    ]);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    const third = await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } }, requestId);
    expect(third).toEqual({ state: "sent", duplicate: true });
    const sent = (await world.received("demands/status")).filter((r) => r.body.demand_number === d!.demandNumber);
    expect(sent).toHaveLength(1);
  });

  it("refuses what the dossier's state forbids, with a French reason, and stores nothing", async () => {
    const rep = (await at("RMAD")).find((d) => d.type === "REP")!;
    await expect(submit(rep.demandNumber, { kind: "status", payload: { statusCode: "D" } })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("acceptez-le d'abord") });
    expect(await rowOf(rep.demandNumber)).toHaveLength(0);
    expect((await world.received("demands/status")).length).toBe(0);
  });

  it("a refusal by the platform is kept as failed, with its message, in the outbox and the audit log", async () => {
    const [d] = await at("D");
    // The mirror says D, but on the platform the dossier was refused meanwhile.
    world.sim.sim.store.db.prepare("UPDATE dossiers SET status = 'RMANOK', record = json_set(record, '$.current_status_code', 'RMANOK') WHERE demand_number = ?").run(d!.demandNumber);
    await expect(submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("refusé") });
    // The outbox keeps a code and what the platform said, as data; the page words it.
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "failed", lastErrorCode: "refused", errorDetail: expect.stringContaining('"kind":"refused"') }]);
    expect((await first(world.db.select().from(auditLog).where(eq(auditLog.dossierNumber, d!.demandNumber))))).toMatchObject({ outcome: "refused" });
    expect((await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, d!.demandNumber))))?.statusCode).toBe("D");
  });

  it("an upstream 500 leaves the outcome unknown; checked, then sent once when the platform is back", async () => {
    const [d] = await at("D");
    await world.sim.control("/faults", { errorRate: 1 });
    expect(await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } })).toMatchObject({ state: "unknown" });
    expect((await first(world.db.select().from(auditLog)))).toMatchObject({ outcome: "pending" });
    await world.sim.control("/faults", { errorRate: 0 });
    await processDue({ ...world.deps, now: later });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent" }]);
    expect((await first(world.db.select().from(auditLog)))).toMatchObject({ outcome: "ok" });
    expect((await world.received("demands/status")).filter((r) => r.body.demand_number === d!.demandNumber)).toHaveLength(1);
  });

  it("a write that went through but got no answer is verified, not sent again", async () => {
    const [d] = await at("D");
    await world.sim.control("/faults", { hangAfterRate: 1 });
    expect(await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } })).toMatchObject({ state: "unknown" });
    await world.sim.control("/faults", { hangAfterRate: 0 });
    await processDue({ ...world.deps, now: later });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent" }]);
    expect((await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, d!.demandNumber))))?.statusCode).toBe("IEXP");
    expect((await world.received("demands/status")).filter((r) => r.body.demand_number === d!.demandNumber)).toHaveLength(1);
  });

  it("a write that never arrived (no answer) is verified, then sent", async () => {
    const [d] = await at("D");
    await world.sim.control("/faults", { hangRate: 1 });
    expect(await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } })).toMatchObject({ state: "unknown" });
    await world.sim.control("/faults", { hangRate: 0 });
    await processDue({ ...world.deps, now: later });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent" }]);
    expect((await world.received("demands/status")).filter((r) => r.body.demand_number === d!.demandNumber)).toHaveLength(1);
  });

  it("keeps the order per dossier: a status queued after an accept waits for it", async () => {
    const rep = (await at("RMAD")).find((d) => d.type === "REP")!;
    await world.sim.control("/faults", { errorRate: 1 });
    await submit(rep.demandNumber, { kind: "accept", payload: { agreementNumber: "A-77" } });
    // The mirror does not know of the accept yet: the second action is judged against the dossier as the
    // queued accept will leave it.
    await submit(rep.demandNumber, { kind: "status", payload: { statusCode: "D" } });
    await world.sim.control("/faults", { errorRate: 0 });
    await processDue({ ...world.deps, now: later });
    expect((await rowOf(rep.demandNumber)).map((r) => [r.kind, r.state])).toEqual([["accept", "sent"], ["status", "sent"]]);
    expect((await world.sim.control<{ dossier: { current_status_code: string } }>(`/dossiers/${rep.demandNumber}`)).dossier.current_status_code).toBe("D");
  });

  it("a command held by another process is left alone until its lease runs out, then checked before any resend", async () => {
    const [d] = await at("D");
    await world.sim.control("/faults", { errorRate: 1 });
    await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } });
    await world.sim.control("/faults", { errorRate: 0 });
    // Another process claimed it and put it on the wire, then stopped.
    const soon = new Date(Date.now() + 60_000);
    (await world.db.update(outbox).set({ state: "sending", owner: "other:1", leaseUntil: soon, lastSentAt: new Date() }));
    await processDue({ ...world.deps, now: () => new Date() });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sending", owner: "other:1" }]);
    await processDue({ ...world.deps, now: () => new Date(soon.getTime() + 1) });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", owner: null, sendAttempts: 2, verifyAttempts: 1 }]);
    // The first try was answered 500 before the simulator applied anything; the check found it not applied.
    expect((await world.received("demands/status")).filter((r) => r.body.demand_number === d!.demandNumber)).toHaveLength(1);
  });

  it("sends the quote with string quantities and decimal-comma prices, records it locally, and reads the status back", async () => {
    const [d] = (await at("IEXP")).filter((x) => x.type === "REP");
    await submit(d!.demandNumber, {
      kind: "quotation",
      payload: { quoteNumber: "DV-42", lines: [{ label: "Écran", quantity: 1, unitPriceCents: 7990 }, { label: "Main d'œuvre", quantity: 2, unitPriceCents: 4550 }], comment: "Valable 30 jours" },
    });
    const [wire] = await world.received("demands/quotation");
    expect(wire!.body).toEqual({
      demand_number: d!.demandNumber,
      quote_number: "DV-42",
      // Atelier wrote the PDF itself (the simulator's log shortens long strings).
      quote_file: expect.stringMatching(/^\[\d+ caractères\]$/),
      prestation: [
        { label_prestation: "Écran", quantity: "1", price: "79,90" },
        { label_prestation: "Main d'œuvre", quantity: "2", price: "45,50" },
      ],
      quote_comment: "Valable 30 jours",
    });
    expect((await first(world.db.select().from(quotes)))).toMatchObject({ quoteNumber: "DV-42", totalCents: 17090 });
    const [pdf] = world.sim.sim.store.documents(d!.demandNumber).filter((doc) => doc.type === "QUOTE" && doc.fileName === "devis-DV-42.pdf");
    expect(Buffer.from(pdf!.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    // The document does not say a quote moves the dossier: the mirror shows what the platform reports once
    // read back (the strict profile sets EDE), through a sync row, not one of Atelier's own.
    expect((await first(world.db.select().from(dossiers).where(eq(dossiers.demandNumber, d!.demandNumber))))?.statusCode).toBe("EDE");
    expect((await world.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, d!.demandNumber))).at(-1)).toMatchObject({ newStatus: "EDE", source: "sync" });
  });

  it("refuses a file too large or of the wrong type, whatever its name says, and stores nothing", async () => {
    const [d] = await at("D");
    const save = (name: string, bytes: Buffer, kind: "pdf" | "document") => saveUpload(world.db, { name, bytes, kind, userId: world.user.id, now: new Date(), maxBytes: 10 * 1024 * 1024 });
    await expect(save("rapport.pdf", Buffer.alloc(10 * 1024 * 1024 + 1, 0x25), "document")).rejects.toThrowError(/trop volumineux/);
    await expect(save("photo.jpg", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), "document")).rejects.toThrowError(/Type de fichier refusé/);
    // A PNG is a document, but not a label: the field's own rule is checked again when the command comes.
    const png = await upload(world.db, world.user.id, "label.pdf", Buffer.from("89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000000970485973000003e8000003e801b57b526b0000001249444154089963304e3b639c76860142010024b605950505077f0000000049454e44ae426082", "hex"));
    await expect(submit(d!.demandNumber, { kind: "tracking", payload: { trackingNumber: "X", carrierName: "UPS", direction: "CENTER_TO_CLIENT", label: { uploadId: png.uploadId } } })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { label: expect.stringContaining("seul un PDF") },
    });
    // Someone else's upload is as good as none.
    const other = await upload(world.db, 0, "rapport.pdf", Buffer.from("%PDF-1.4 autre"));
    await expect(submit(d!.demandNumber, { kind: "document", payload: { type: "REPORT", file: { uploadId: other.uploadId } } })).rejects.toMatchObject({ code: "invalid", fieldErrors: { file: "Fichier requis" } });
    expect(await rowOf(d!.demandNumber)).toHaveLength(0);
  });
});
