// Personal data kept no longer than needed, on both engines, against the real simulator: the daily pass
// pseudonymises a dossier closed past the period and leaves one inside it (and an open one) alone; the sync
// does not bring the name back; a person is found by e-mail, phone or name, exported, and erased at once.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, dossiers, uploads, type DossierRow } from "@/db/schema";
import { erasePerson, findPerson, personCsv } from "@/lib/privacy/person";
import { monthsBefore, runRetention, saveRetention } from "@/lib/privacy/retention";
import { submitAction } from "@/lib/submit/submit-action";
import { runSync } from "@/lib/sync/run-sync";
import { outboxWorld } from "../support/outbox";
import { PDF, upload } from "../support/uploads";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld("admin");
});
afterEach(() => world.close());

const NOW = new Date("2026-12-04T03:00:00Z");
const row = async (n: string) => (await world.db.select().from(dossiers).where(eq(dossiers.demandNumber, n)))[0]!;
const phoneOf = (d: DossierRow) => (JSON.parse(d.extra) as { client_phone?: string }).client_phone;
const closedAt = (n: string, at: Date) => world.db.update(dossiers).set({ statusChangedAt: at }).where(eq(dossiers.demandNumber, n));

async function closedDossiers() {
  const all = await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "RPR"));
  const open = (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, "D")))[0]!;
  expect(all.length).toBeGreaterThanOrEqual(2);
  return { old: all[0]!, recent: all[1]!, open };
}

describe("the retention pass", () => {
  it("pseudonymises a dossier closed past the period, keeps its figures, and leaves the others alone", async () => {
    const { old, recent, open } = await closedDossiers();
    expect(old.clientName).toBeTruthy();
    expect(phoneOf(old)).toBeTruthy();
    // A report sent on the old dossier: its file goes with the rest.
    const file = await upload(world.db, world.user.id, "photo-client.pdf", PDF("photo"), "pdf");
    await submitAction({ ctx: world.ctx(), input: { requestId: randomUUID(), demandNumber: old.demandNumber, command: { kind: "document", payload: { type: "REPORT", file: { uploadId: file.uploadId } } } }, deps: world.deps });
    await closedAt(old.demandNumber, monthsBefore(NOW, 37));
    await closedAt(recent.demandNumber, monthsBefore(NOW, 35));
    await closedAt(open.demandNumber, monthsBefore(NOW, 40));

    const run = await runRetention({ ...world.ctx(), now: NOW });
    expect(run.count).toBe(1);
    const after = await row(old.demandNumber);
    expect(after.clientName).toMatch(/^Client [0-9A-F]{8}$/);
    expect(after.clientMail).toBeNull();
    expect(phoneOf(after)).toBeUndefined();
    expect(after.extra).not.toContain("client_");
    expect([after.statusCode, after.resellerCode, after.brand, after.createdAt]).toEqual([old.statusCode, old.resellerCode, old.brand, old.createdAt]);
    expect(after.pseudonymisedAt).toEqual(NOW);
    const [kept] = await world.db.select().from(uploads).where(eq(uploads.id, file.uploadId));
    expect([kept!.size, kept!.content.length, kept!.name]).toEqual([0, 0, "document-efface"]);
    expect((await row(recent.demandNumber)).clientName).toBe(recent.clientName);
    expect((await row(open.demandNumber)).clientName).toBe(open.clientName);
    const [audit] = await world.db.select().from(auditLog).where(eq(auditLog.action, "privacy.retention_run"));
    expect(JSON.parse(audit!.summary)).toEqual({ months: 36, count: 1 });
    expect(audit!.summary).not.toContain(old.clientName!);

    // Once is enough, and the platform, which still lists it, does not bring the name back.
    expect((await runRetention({ ...world.ctx(), now: NOW })).count).toBe(0);
    await runSync({ db: world.db, client: world.sim.client, concurrency: 4 });
    expect((await row(old.demandNumber)).clientName).toBe(after.clientName);
    expect((await row(old.demandNumber)).clientMail).toBeNull();
  });

  it("follows the period an admin sets", async () => {
    const { recent } = await closedDossiers();
    await closedAt(recent.demandNumber, monthsBefore(NOW, 13));
    await saveRetention({ ctx: world.ctx(), input: { months: 12 } });
    expect((await runRetention({ ...world.ctx(), now: NOW })).count).toBeGreaterThanOrEqual(1);
    expect((await row(recent.demandNumber)).pseudonymisedAt).not.toBeNull();
  });
});

describe("a person's data", () => {
  it("is found by e-mail, by phone as typed otherwise, and by part of the name", async () => {
    const { old } = await closedDossiers();
    const byMail = await findPerson(world.db, old.clientMail!.toUpperCase());
    expect(byMail.map((d) => d.demandNumber)).toContain(old.demandNumber);
    const phone = phoneOf(old)!.replace(/\s/g, "");
    expect((await findPerson(world.db, `+33 ${phone.slice(1)}`)).map((d) => d.demandNumber)).toContain(old.demandNumber);
    const part = old.clientName!.split(" ")[0]!.toLowerCase();
    const byName = await findPerson(world.db, part);
    expect(byName.every((d) => d.clientName!.toLowerCase().includes(part))).toBe(true);
    expect(byName.find((d) => d.demandNumber === old.demandNumber)).toMatchObject({ clientMail: old.clientMail, clientPhone: phoneOf(old) });
    const csv = personCsv(byMail);
    expect(csv.startsWith("\uFEFF\"dossier\";\"statut\";\"client\"")).toBe(true);
    expect(csv).toContain(old.clientMail!);
  });

  it("is erased at once, the audit saying only how many", async () => {
    const { old } = await closedDossiers();
    const { count } = await erasePerson({ ctx: world.ctx(), input: { q: old.clientMail! } });
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await findPerson(world.db, old.clientMail!)).toEqual([]);
    expect((await row(old.demandNumber)).clientName).toMatch(/^Client /);
    const [audit] = await world.db.select().from(auditLog).where(eq(auditLog.action, "privacy.erase"));
    expect(JSON.parse(audit!.summary)).toEqual({ count });
    expect(audit!.summary).not.toContain(old.clientMail!);
  });
});
