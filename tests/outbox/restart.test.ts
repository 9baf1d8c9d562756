// The process that sends the outbox is killed mid-queue (SIGKILL: no chance to tidy up), then restarted:
// nothing is lost, nothing is sent twice.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { enqueue } from "@/lib/outbox/outbox";
import { runSync } from "@/lib/sync/run-sync";
import { ctxFor, freshDatabase, insertUser } from "../support/database";
import { startSimulator } from "../support/simulator";

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

describe("restart", () => {
  let sim: Awaited<ReturnType<typeof startSimulator>> | undefined;
  afterEach(() => sim?.sim.close());

  it("a sender killed mid-queue and restarted loses nothing and sends nothing twice", { timeout: 120_000 }, async () => {
    sim = await startSimulator({ dossierCount: 0 });
    const numbers: string[] = [];
    for (let i = 0; i < 10; i++) numbers.push((await sim.control<{ demand_number: string }>("/dossiers", { type: "PAD" })).demand_number);
    const { db, path } = freshDatabase();
    const user = await insertUser(db, "technician");
    await runSync({ db, client: sim.client, concurrency: 4 });
    for (const n of numbers) {
      for (const statusCode of ["D", "IEXP", "RPLPR", "RPR"] as const) {
        enqueue(ctxFor(db, user), { requestId: randomUUID(), demandNumber: n, command: { kind: "status", payload: { statusCode } } });
      }
    }
    // Slow enough that the kill lands in the middle of the queue, some of it while a request is in flight.
    await sim.control("/faults", { latencyMs: 60 });
    const env = { OUTBOX_DB: path, OUTBOX_API: `${sim.origin}/api/` };
    const first = runner(env);
    for (let i = 0; i < 200; i++) {
      const sent = db.select().from(outbox).all().filter((r) => r.state === "sent").length;
      if (sent >= 12) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    first.child.kill("SIGKILL");
    await first.exited;
    const afterKill = db.select().from(outbox).all();
    expect(afterKill.filter((r) => r.state === "sent").length).toBeGreaterThan(0);
    expect(afterKill.filter((r) => r.state === "sent").length).toBeLessThan(40);

    await sim.control("/faults", { latencyMs: 0 });
    const second = runner(env);
    expect(await second.exited).toBe(0);
    expect(db.select().from(outbox).all().filter((r) => r.state !== "sent")).toEqual([]);
    for (const n of numbers) {
      expect(sim.sim.store.history(n).filter((h) => h.by === "centre").map((h) => h.status), n).toEqual(["D", "IEXP", "RPLPR", "RPR"]);
    }
  });
});
