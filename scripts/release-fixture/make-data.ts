// The data a release leaves behind, made by that release's own code: run from a checkout of the tag by
// scripts/release-fixture.mjs, never by hand. A synced mirror, users, notes, a quote, an audit row, an
// uploaded file, and commands still in the outbox, as a centre has them the day it upgrades; the simulator's
// own state beside it, so that the pending commands meet the platform they were written for.
//   DATABASE_PATH=out/atelier.db (or DATABASE_URL=postgres://…) tsx --conditions=react-server scripts/release-fixture/make-data.ts OUT
import { createHash, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAt } from "@/db";
import { auditLog, dossiers, notes, outbox, quotes, uploads, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { APP_VERSION } from "@/lib/config/version";
import { saveUpload } from "@/lib/files/uploads";
import { addNote } from "@/lib/notes/note-verbs";
import { enqueue } from "@/lib/outbox/outbox";
import { createRmaClient } from "@/lib/rma/client";
import { runSync } from "@/lib/sync/run-sync";
import { offlineContext } from "@/lib/tenancy/offline";
import { NO_FAULTS } from "@/simulator/control-api";
import { createSimulator } from "@/simulator/server";

const out = process.argv[2];
if (!out) throw new Error("usage: make-data.ts OUT");
const target = process.env.DATABASE_URL || process.env.DATABASE_PATH;
if (!target) throw new Error("DATABASE_PATH or DATABASE_URL");

async function main() {
  const sim = createSimulator({ dbPath: join(out!, "simulator.db"), clientId: "simulateur", clientSecret: "simulateur-secret", tokenTtlSeconds: 3600, faults: { ...NO_FAULTS }, dossierCount: 20 });
  const origin = await sim.listen(0);
  const control = async (path: string, body: unknown) =>
    ((await (await fetch(`${origin}/_sim${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })).json()) as { data: { demand_number: string } }).data;
  // Three dossiers of our own at RMAD, for the commands left pending.
  const waiting = [];
  for (let i = 0; i < 3; i++) waiting.push((await control("/dossiers", { type: "REP", clientName: `Client Fixture ${i}` })).demand_number);
  const client = createRmaClient({ baseUrl: `${origin}/api/`, clientId: "simulateur", clientSecret: "simulateur-secret" });
  const { db, close } = await openAt(target!);
  await runSync({ db, client, concurrency: 4 });
  sim.close();

  const [tech] = await db.insert(users).values({ email: "camille.martin@atelier.test", name: "Camille Martin", role: "technician", passwordHash: "x" }).returning();
  await db.insert(users).values({ email: "chef@atelier.test", name: "Chef Atelier", role: "admin", passwordHash: "y" });
  const ctx = offlineContext(db, { id: tech!.id, email: tech!.email, name: tech!.name, role: "technician", centreId: 0 });
  const numbers = (await db.select({ n: dossiers.demandNumber }).from(dossiers).orderBy(dossiers.demandNumber)).map((r) => r.n);
  for (const n of numbers.slice(0, 4)) await addNote({ ctx, input: { demandNumber: n, body: `Écran rayé sur ${n}` } });
  await db.insert(quotes).values({ demandNumber: numbers[0]!, quoteNumber: "DV-2026-0001", lines: "[]", totalCents: 15_845, sentAt: new Date(), sentBy: tech!.id });
  await recordAudit(db, ctx, { action: "fixture.made", summary: { release: APP_VERSION }, outcome: "ok" });
  const report = Buffer.from(`%PDF-1.4\n% rapport ${APP_VERSION}\n%%EOF\n`);
  const file = await saveUpload(db, { name: "rapport.pdf", bytes: report, kind: "document", userId: tech!.id, now: new Date(), maxBytes: 1 << 20 });

  // The pending commands, in the order each dossier must send them; `route` is how the platform names each.
  const pending: Array<{ requestId: string; demandNumber: string; verb: "accept" | "status" | "message" | "document"; params: Record<string, unknown>; route: string }> = [
    { requestId: randomUUID(), demandNumber: waiting[0]!, verb: "accept", params: { agreementNumber: "ACC-FIXTURE-1" }, route: "demands/accept" },
    { requestId: randomUUID(), demandNumber: waiting[0]!, verb: "status", params: { statusCode: "D" }, route: "demands/status" },
    { requestId: randomUUID(), demandNumber: waiting[1]!, verb: "message", params: { message: "Numéro de série illisible, merci de le confirmer." }, route: "demands/message" },
    { requestId: randomUUID(), demandNumber: waiting[2]!, verb: "document", params: { file, type: "REPORT" }, route: "demands/adddocument" },
  ];
  for (const p of pending) await enqueue(ctx, { requestId: p.requestId, demandNumber: p.demandNumber, verb: p.verb, params: p.params });

  const count = async (table: typeof dossiers | typeof notes | typeof quotes | typeof auditLog | typeof outbox | typeof users) => (await db.select().from(table)).length;
  const stored = await db.select().from(uploads);
  const expected = {
    release: APP_VERSION,
    dossiers: numbers,
    counts: { notes: await count(notes), quotes: await count(quotes), audit_log: await count(auditLog), outbox: await count(outbox), users: await count(users) },
    notes: (await db.select({ body: notes.body }).from(notes)).map((r) => r.body).sort(),
    uploads: stored.map((u) => ({ id: u.id, name: u.name, sha256: createHash("sha256").update(u.content as Buffer).digest("hex") })),
    pending: pending.map(({ requestId, demandNumber, verb, route }) => ({ requestId, demandNumber, verb, route })),
  };
  writeFileSync(join(out!, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  await close();
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
