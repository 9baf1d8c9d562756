// 100 actions across 20 dossiers, with 30% upstream 500s and random latency: each arrives exactly once,
// in order per dossier.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { submitAction, type SubmitActionInput } from "@/lib/dossiers/submit-action";
import { processDue } from "@/lib/outbox/outbox";
import { runSync } from "@/lib/sync/run-sync";
import { ctxFor, freshDatabase, insertUser } from "../support/database";
import { startSimulator } from "../support/simulator";

const LABEL = Buffer.from("%PDF-1.4 etiquette").toString("base64");

describe("exactly once under faults", () => {
  let sim: Awaited<ReturnType<typeof startSimulator>> | undefined;
  afterEach(() => sim?.sim.close());

  it("100 actions, 20 dossiers, 30% of 500s, random latency", { timeout: 120_000 }, async () => {
    sim = await startSimulator({ dossierCount: 0 }, { timeoutMs: 2_000, readRetries: 0 });
    const created = [];
    for (let i = 0; i < 20; i++) created.push(await sim.control<{ demand_number: string }>("/dossiers", { type: "PAD" }));
    const { db } = freshDatabase();
    const user = await insertUser(db, "technician");
    await runSync({ db, client: sim.client, concurrency: 4 });
    expect(db.select().from(dossiers).all()).toHaveLength(20);
    await sim.control("/faults", { errorRate: 0.3, latencyMs: 20 });

    const deps = { db, client: sim.client };
    const plan = (n: string): SubmitActionInput["command"][] => [
      { kind: "status", payload: { statusCode: "D" } },
      { kind: "status", payload: { statusCode: "IEXP" } },
      { kind: "status", payload: { statusCode: "RPLPR" } },
      { kind: "tracking", payload: { trackingNumber: `TRK-${n}`, carrierName: "colissimo", direction: "CENTER_TO_CLIENT", label: { name: "etiquette.pdf", base64: LABEL } } },
      { kind: "status", payload: { statusCode: "RPR", comment: `Colissimo TRK-${n}` } },
    ];
    // Technicians work on all dossiers at once; each keeps the order of its own actions.
    await Promise.all(
      created.map(async ({ demand_number: n }) => {
        for (const command of plan(n)) await submitAction({ ctx: ctxFor(db, user), input: { requestId: randomUUID(), demandNumber: n, command }, deps });
      }),
    );
    expect(db.select().from(outbox).all()).toHaveLength(100);

    let clock = Date.now();
    for (let round = 0; round < 60 && db.select().from(outbox).all().some((r) => r.state !== "sent"); round++) {
      clock += 10 * 60_000;
      await processDue({ ...deps, now: () => new Date(clock) }, 4);
    }
    await sim.control("/faults", { errorRate: 0, latencyMs: 0 });
    expect(db.select().from(outbox).all().filter((r) => r.state !== "sent")).toEqual([]);

    for (const { demand_number: n } of created) {
      const history = sim.sim.store.history(n).filter((h) => h.by === "centre").map((h) => h.status);
      expect(history, n).toEqual(["D", "IEXP", "RPLPR", "RPR"]);
      const labels = sim.sim.store.documents(n).filter((d) => d.type === "TRANSPORT");
      expect(labels, n).toHaveLength(1);
    }
  });
});
