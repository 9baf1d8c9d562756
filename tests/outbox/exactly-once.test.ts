// Exactly once, with two sending processes on one database file: 200 commands over 30 dossiers, under
// faults before the simulator applies a write (30% plain 500s, 503s with Retry-After) and after it did
// (a proxy's HTML 502, a reset, no answer at all, the reseller moving the dossier on at once), with one
// process killed by SIGKILL mid-send and started again. The simulator's own log of what it applied is the
// judge: each command once, in order per dossier, none lost, no message or quote sent twice unasked.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog, outbox } from "@/db/schema";
import type { Verb } from "@/lib/commands/registry";
import { markCommandSent, resendCommand } from "@/lib/outbox/manage";
import { enqueue, processDue, type OutboxDeps } from "@/lib/outbox/outbox";
import { runSync } from "@/lib/sync/run-sync";
import { ctxFor, freshDatabase, insertUser } from "../support/database";
import { startSimulator } from "../support/simulator";
import { PDF, upload } from "../support/uploads";

function runner(env: Record<string, string>) {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/support/outbox-runner.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Planned {
  verb: Verb;
  params: Record<string, unknown>;
  /** How the simulator's applied log names it: route and the field that tells it apart. */
  key: string;
}

describe.each(["strict", "lenient"] as const)("exactly once, two processes, faults after the write, a SIGKILL, %s platform", (profile) => {
  let sim: Awaited<ReturnType<typeof startSimulator>> | undefined;
  afterEach(() => sim?.sim.close());

  it("200 commands over 30 dossiers reach the platform once each, in order", { timeout: 240_000 }, async () => {
    sim = await startSimulator({ dossierCount: 0, profile }, { timeoutMs: 2_000, readRetries: 3 });
    const { db, url: path } = await freshDatabase();
    const user = await insertUser(db, "technician");
    const ctx = () => ctxFor(db, user);
    const dossiers: Array<{ n: string; type: "REP" | "PAD" }> = [];
    for (let i = 0; i < 30; i++) {
      const type = i < 20 ? "REP" : "PAD";
      dossiers.push({ n: (await sim.control<{ demand_number: string }>("/dossiers", { type })).demand_number, type });
    }
    await runSync({ db, client: sim.client, concurrency: 4 });

    // A document identical to the one a command will send is already there on some dossiers: it must not
    // be taken for ours.
    const report = (n: string) => PDF(`rapport ${n}`);
    for (const { n } of dossiers.slice(0, 10)) await sim.client.addDocument({ demandNumber: n, fileName: `rapport-${n}.pdf`, content: report(n), type: "REPORT" });

    const plans = new Map<string, Planned[]>();
    for (const [i, { n, type }] of dossiers.entries()) {
      const label = await upload(db, user.id, `etiquette-${n}.pdf`, PDF(`etiquette ${n}`), "pdf");
      const file = await upload(db, user.id, `rapport-${n}.pdf`, report(n));
      const status = (code: string): Planned => ({ verb: "status", params: { statusCode: code }, key: `demands/status:${code}` });
      const message: Planned = { verb: "message", params: { message: `Question ${n}` }, key: `demands/message:Question ${n}` };
      const document: Planned = { verb: "document", params: { file, type: "REPORT" }, key: `demands/adddocument:rapport-${n}.pdf` };
      const tracking: Planned = { verb: "tracking", params: { trackingNumber: `TRK${n}`, carrierName: "colissimo", direction: "CENTER_TO_CLIENT", label }, key: `demands/tracking:TRK${n}` };
      const plan: Planned[] =
        type === "REP"
          ? [
              { verb: "accept", params: { agreementNumber: `ACC-${n}` }, key: `demands/accept:ACC-${n}` },
              status("D"),
              status("IEXP"),
              { verb: "quotation", params: { quoteNumber: `DV-${n}`, lines: [{ label: "Écran", quantity: 1, unitPriceCents: 15845 }], quoteFile: await upload(db, user.id, `devis-${n}.pdf`, PDF(`devis ${n}`), "pdf") }, key: `demands/quotation:DV-${n}` },
              message,
              document,
              tracking,
            ]
          : [status("D"), status("IEXP"), status("RPLPR"), document, tracking, message, status("RPR")];
      // 20 × 7 + 10 × 6 = 200 commands.
      if (type === "PAD" && i % 2 === 0) plan.splice(5, 1);
      if (type === "PAD" && i % 2 === 1) plan.splice(3, 1);
      plans.set(n, plan);
      for (const step of plan) await enqueue(ctx(), { requestId: randomUUID(), demandNumber: n, verb: step.verb, params: step.params });
    }
    expect((await db.select().from(outbox))).toHaveLength(200);

    await sim.control("/faults", { latencyMs: 5, errorRate: 0.3, busyRate: 0.05, appliedErrorRate: 0.1, resetAfterRate: 0.05, hangAfterRate: 0.03, resellerMovesRate: 0.5 });
    const env = { OUTBOX_DB: path, OUTBOX_API: `${sim.origin}/api/`, OUTBOX_LEASE_MS: "3000", OUTBOX_TIMEOUT_MS: "1000" };
    const started = Date.now();
    const first = runner({ ...env, OUTBOX_OWNER: "a" });
    const second = runner({ ...env, OUTBOX_OWNER: "b" });
    // Kill the first while both are busy: some of its commands are in flight.
    for (let i = 0; i < 2_000 && (await db.select().from(outbox).where(eq(outbox.state, "sent"))).length < 60; i++) await sleep(20);
    const heldByFirst = async () => (await db.select().from(outbox).where(eq(outbox.state, "sending"))).filter((r) => r.owner?.startsWith("a:")).length;
    for (let i = 0; i < 500 && await heldByFirst() === 0; i++) await sleep(5);
    const inFlightAtKill = await heldByFirst();
    first.child.kill("SIGKILL");
    await first.exited;
    const restarted = runner({ ...env, OUTBOX_OWNER: "a2" });
    expect(await second.exited, second.output().slice(-2_000)).toBe(0);
    expect(await restarted.exited, restarted.output().slice(-2_000)).toBe(0);
    const workersSeconds = (Date.now() - started) / 1000;

    // What only a person can settle: they look at the platform, then mark as sent or send again.
    await sim.control("/faults", { latencyMs: 0, errorRate: 0, busyRate: 0, appliedErrorRate: 0, resetAfterRate: 0, hangAfterRate: 0, resellerMovesRate: 0 });
    const deps: OutboxDeps = { db, client: sim.client, backoff: () => 0 };
    const decisions = { markedSent: 0, resent: 0 };
    for (let round = 0; round < 30; round++) {
      const review = (await db.select().from(outbox).where(eq(outbox.state, "review")));
      for (const row of review) {
        const step = plans.get(row.demandNumber)!.find((s) => s.verb === row.kind && JSON.stringify(s.params) === JSON.stringify(JSON.parse(row.payload)))!;
        const onPlatform = sim.sim.store.applied(row.demandNumber).some((a) => keyOf(a) === step.key);
        if (onPlatform) {
          await markCommandSent({ ctx: ctx(), input: { commandId: row.id }, deps });
          decisions.markedSent++;
        } else {
          await resendCommand({ ctx: ctx(), input: { commandId: row.id }, deps });
          decisions.resent++;
        }
      }
      await processDue(deps, 4);
      if ((await db.select().from(outbox).where(inArray(outbox.state, ["pending", "sending", "unknown", "review"]))).length === 0) break;
    }

    const rows = (await db.select().from(outbox));
    const counts = {
      commands: rows.length,
      sent: rows.filter((r) => r.state === "sent").length,
      wireSends: rows.reduce((sum, r) => sum + r.sendAttempts, 0),
      sentMoreThanOnce: rows.filter((r) => r.sendAttempts > 1).length,
      unknownOutcomes: rows.filter((r) => r.verifyAttempts > 0).length,
      verifications: rows.reduce((sum, r) => sum + r.verifyAttempts, 0),
      inFlightAtKill,
      workersSeconds,
      ...decisions,
      faults: { ...sim.sim.stats },
    };
    console.info(`exactly-once (${profile}): ${JSON.stringify(counts)}`);

    // Nothing lost: every command ends applied.
    expect(rows.filter((r) => r.state !== "sent").map((r) => [r.id, r.kind, r.state, r.lastErrorCode])).toEqual([]);
    // Each applied once, in order per dossier, by the simulator's own log.
    for (const { n } of dossiers) {
      const applied = sim.sim.store.applied(n).map(keyOf);
      const expected = [...(dossiers.findIndex((d) => d.n === n) < 10 ? [`demands/adddocument:rapport-${n}.pdf`] : []), ...plans.get(n)!.map((s) => s.key)];
      expect(applied, n).toEqual(expected);
    }
    // A message or a quote reached the platform again only after a 503 that said it was not taken, or when
    // a person said so after looking: never by itself after an unknown outcome.
    for (const row of rows.filter((r) => r.kind === "message" || r.kind === "quotation")) {
      const route = row.kind === "message" ? "demands/message" : "demands/quotation";
      const arrived = sim.sim.store.received(row.demandNumber).filter((r) => r.route === route && r.fault !== "busy503").length;
      const resends = (await db.select().from(auditLog).where(and(eq(auditLog.action, "outbox.resend"), eq(auditLog.dossierNumber, row.demandNumber))));
      expect(arrived, `${row.kind} ${row.demandNumber}`).toBeLessThanOrEqual(1 + resends.filter((a) => JSON.parse(a.summary).kind === row.kind).length);
    }
    // The faults did happen, after as well as before the writes.
    expect(counts.faults.error500 ?? 0).toBeGreaterThan(0);
    expect((counts.faults.applied502 ?? 0) + (counts.faults.appliedReset ?? 0) + (counts.faults.appliedHang ?? 0)).toBeGreaterThan(0);
    expect(counts.unknownOutcomes).toBeGreaterThan(0);
  });
});

/** The applied log's entry as the plan names it. */
function keyOf(entry: { route: string; detail: string }): string {
  const body = JSON.parse(entry.detail) as Record<string, string>;
  const field: Record<string, string> = {
    "demands/status": body.status_code!,
    "demands/accept": body.agreement_numero!,
    "demands/message": body.message!,
    "demands/quotation": body.quote_number!,
    "demands/adddocument": body.file_name!,
    "demands/tracking": body.tracking_number!,
  };
  return `${entry.route}:${field[entry.route] ?? "?"}`;
}
