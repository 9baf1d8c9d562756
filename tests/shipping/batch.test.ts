// A shipping day's batch on both engines, against a real simulator: each dossier's label then RPR with the
// tracking number in its comment, in that order and once each; refused lines (a tracking number used twice,
// a dossier not ready, an unknown one) send nothing and hold up nothing; the same batch submitted again sends
// nothing twice; a product shipped leaves its place; and a batch whose sending process is killed halfway is
// finished by another process without sending anything twice.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, locations, outbox } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { moveTo } from "@/lib/locations/moves";
import { countOpen, enqueue, processDue } from "@/lib/outbox/outbox";
import { runSync } from "@/lib/sync/run-sync";
import { batchProgress, sendBatch, shipBatchInput, storeBatch } from "@/lib/shipping/batch";
import { readyToShip } from "@/lib/shipping/ready";
import { ctxFor, freshDatabase, insertUser } from "../support/database";
import { startSimulator } from "../support/simulator";
import { PDF, upload } from "../support/uploads";

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let user: Awaited<ReturnType<typeof insertUser>>;
let ctx: () => Ctx;
let ready: string[];
const BATCH = "6f1c2b9e-5d7a-4c3b-9a1e-2f4d6c8b0a11";

const deps = () => ({ db: database.db, client: sim.client, backoff: () => 0 });
async function settle() {
  for (let i = 0; i < 60 && (await countOpen(database.db)) > 0; i++) await processDue(deps(), 2);
}
const received = async (route: string, n: string) =>
  (await sim.control<Array<{ body: Record<string, unknown>; at: string }>>(`/requests?route=${route}&limit=500`)).filter((r) => r.body.demand_number === n || r.body.demand_numero === n);

/** Dossiers taken through the flow to RPLPR (replaced), which section 4 sends back with RPR. */
async function replacedDossiers(count: number) {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) numbers.push((await sim.control<{ demand_number: string }>("/dossiers", { type: "REP" })).demand_number);
  await runSync({ db: database.db, client: sim.client, concurrency: 4 });
  for (const n of numbers) {
    await enqueue(ctx(), { requestId: randomUUID(), demandNumber: n, verb: "accept", params: { agreementNumber: `ACC-${n}` } });
    for (const statusCode of ["D", "IEXP", "RPLPR"]) await enqueue(ctx(), { requestId: randomUUID(), demandNumber: n, verb: "status", params: { statusCode } });
  }
  await settle();
  return numbers;
}

beforeAll(async () => {
  sim = await startSimulator({ dossierCount: 0 }, { timeoutMs: 2_000, readRetries: 2 });
  database = await freshDatabase();
  user = await insertUser(database.db, "technician");
  ctx = () => ({ ...ctxFor(database.db, user), outbox: deps() });
  ready = await replacedDossiers(9);
}, 60_000);
afterAll(async () => {
  sim.sim.close();
  await database.close();
});

describe("a shipping batch", () => {
  it("lists the dossiers the flows send back now", async () => {
    expect((await readyToShip(database.db)).map((r) => r.demandNumber).sort()).toEqual([...ready].sort());
  });

  it("sends each dossier's label then RPR once, refuses the bad lines, and leaves the others unharmed", async () => {
    const [a, b, c, d] = ready as [string, string, string, string];
    const fresh = (await sim.control<{ demand_number: string }>("/dossiers", { type: "REP" })).demand_number;
    await runSync({ db: database.db, client: sim.client, concurrency: 4 });
    const [shelf] = await database.db.insert(locations).values({ code: "EXP-01", label: "Départ", kind: "zone", createdAt: new Date() }).returning();
    await moveTo(ctx(), [a], shelf!, "put_away");
    const label = await upload(database.db, user.id, `etiquette-${a}.pdf`, PDF(`etiquette ${a}`), "pdf");
    const input = shipBatchInput.parse({
      batch: BATCH,
      items: [
        { demandNumber: a, carrierName: "colissimo", trackingNumber: "6A0001", label: { uploadId: label.uploadId } },
        { demandNumber: b, carrierName: "chronopost", trackingNumber: "XX42" },
        { demandNumber: c, carrierName: "chronopost", trackingNumber: "xx42" },
        { demandNumber: d, carrierName: "UPS", trackingNumber: "1Z999" },
        { demandNumber: fresh, carrierName: "UPS", trackingNumber: "1Z998" },
        { demandNumber: "NOPE-0000-0000", carrierName: "UPS", trackingNumber: "1Z997" },
      ],
    });
    const { lines, started } = await storeBatch({ ctx: ctx(), input });
    expect(lines).toEqual([
      { ok: true },
      { ok: false, error: "Ce numéro de suivi est utilisé deux fois dans ce lot" },
      { ok: false, error: "Ce numéro de suivi est utilisé deux fois dans ce lot" },
      { ok: true },
      { ok: false, error: "Ce dossier n'est pas prêt à repartir (RPR non autorisé à ce stade)" },
      { ok: false, error: "Ce dossier n'existe pas" },
    ]);
    await sendBatch(ctx(), started);

    // The label first, then RPR with the tracking number in its comment; nothing for the refused lines.
    const [trackingA] = await received("demands/tracking", a);
    const statusA = await received("demands/status", a);
    expect(trackingA?.body).toMatchObject({ tracking_number: "6A0001", carrier_name: "colissimo", type: "CENTER_TO_CLIENT" });
    expect(statusA.filter((r) => r.body.status_code === "RPR")).toHaveLength(1);
    const rpr = statusA.find((r) => r.body.status_code === "RPR")!;
    expect(JSON.stringify(rpr.body)).toContain("6A0001");
    expect(Date.parse(trackingA!.at)).toBeLessThanOrEqual(Date.parse(rpr.at));
    expect(await received("demands/tracking", d)).toHaveLength(0);
    expect((await received("demands/status", d)).filter((r) => r.body.status_code === "RPR")).toHaveLength(1);
    for (const n of [b, c, fresh]) expect((await received("demands/status", n)).filter((r) => r.body.status_code === "RPR"), n).toHaveLength(0);

    const states = await batchProgress({ db: database.db }, BATCH);
    expect(states.map((s) => [s.demandNumber, s.state])).toEqual([[a, "sent"], [d, "sent"]]);
    const [shipped] = await database.db.select().from(dossiers).where(eq(dossiers.demandNumber, a));
    expect([shipped!.statusCode, shipped!.locationId]).toEqual(["RPR", null]);
  });

  it("submitted again, sends nothing twice; a shipped dossier cannot go in another batch", async () => {
    const [a, , , d] = ready as [string, string, string, string];
    const before = (await database.db.select().from(outbox)).length;
    const again = await storeBatch({ ctx: ctx(), input: shipBatchInput.parse({ batch: BATCH, items: [{ demandNumber: a, carrierName: "colissimo", trackingNumber: "6A0001" }, { demandNumber: d, carrierName: "UPS", trackingNumber: "1Z999" }] }) });
    expect(again.lines.every((l) => l.ok)).toBe(true);
    await sendBatch(ctx(), again.started);
    await settle();
    expect((await database.db.select().from(outbox)).length).toBe(before);
    for (const n of [a, d]) expect((await received("demands/status", n)).filter((r) => r.body.status_code === "RPR")).toHaveLength(1);
    const other = await storeBatch({ ctx: ctx(), input: shipBatchInput.parse({ batch: randomUUID(), items: [{ demandNumber: a, carrierName: "UPS", trackingNumber: "NEW-1" }] }) });
    expect(other.lines).toEqual([{ ok: false, error: "Ce dossier a déjà été expédié" }]);
    // Waiting in another batch, not sent yet: refused all the same.
    const e = ready[2]!;
    expect((await storeBatch({ ctx: ctx(), input: shipBatchInput.parse({ batch: randomUUID(), items: [{ demandNumber: e, carrierName: "UPS", trackingNumber: "WAIT-1" }] }) })).lines).toEqual([{ ok: true }]);
    expect((await storeBatch({ ctx: ctx(), input: shipBatchInput.parse({ batch: randomUUID(), items: [{ demandNumber: e, carrierName: "UPS", trackingNumber: "WAIT-2" }] }) })).lines).toEqual([{ ok: false, error: "Ce dossier a déjà été expédié" }]);
    await settle();
    expect((await readyToShip(database.db)).map((r) => r.demandNumber)).not.toContain(a);
  });

  it("killed halfway through, is finished by another process: every dossier's label and RPR once, in order", { timeout: 60_000 }, async () => {
    const batch = ready.slice(4, 9);
    const items = [];
    for (const [i, n] of batch.entries()) items.push({ demandNumber: n, carrierName: "colissimo", trackingNumber: `KILL-${i}`, label: { uploadId: (await upload(database.db, user.id, `etiquette-${n}.pdf`, PDF(`etiquette ${n}`), "pdf")).uploadId } });
    const batchId = randomUUID();
    const stored = await storeBatch({ ctx: ctx(), input: shipBatchInput.parse({ batch: batchId, items }) });
    expect(stored.started).toHaveLength(5);
    // Slow answers, so the first process is mid-batch when it dies.
    await sim.control("/faults", { latencyMs: 150 });
    const run = (owner: string) => {
      const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/support/outbox-runner.ts"], {
        env: { ...process.env, OUTBOX_DB: database.url, OUTBOX_API: `${sim.origin}/api/`, OUTBOX_OWNER: owner, OUTBOX_LEASE_MS: "1500", OUTBOX_TIMEOUT_MS: "1000" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      return { child, exited: new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code))) };
    };
    const first = run("a");
    const sentSoFar = async () => (await database.db.select().from(outbox).where(inArray(outbox.demandNumber, batch))).filter((r) => r.requestId.startsWith(`ship:${batchId}:`) && r.state === "sent").length;
    // Polled until the first process has sent three of the ten (its start-up takes a few seconds).
    for (const start = Date.now(); Date.now() - start < 40_000 && (await sentSoFar()) < 3; ) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill("SIGKILL");
    await first.exited;
    const done = await sentSoFar();
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(10);
    await sim.control("/faults", { latencyMs: 0 });
    const second = run("b");
    expect(await second.exited).toBe(0);
    for (const n of batch) {
      const tracking = await received("demands/tracking", n);
      const rpr = (await received("demands/status", n)).filter((r) => r.body.status_code === "RPR");
      expect([tracking.length, rpr.length], n).toEqual([1, 1]);
      expect(Date.parse(tracking[0]!.at)).toBeLessThanOrEqual(Date.parse(rpr[0]!.at));
    }
  });
});
