// The sync against the real simulator over HTTP: upserts, change detection, failures that keep data.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, statusHistory, syncState } from "@/db/schema";
import { STATUS_CODES, type StatusCode } from "@/lib/rma/constants";
import type { RmaClient } from "@/lib/rma/client";
import { RmaError } from "@/lib/rma/errors";
import { applyLocalChange } from "@/lib/dossiers/mirror";
import { lastGoodSync, runSync } from "@/lib/sync/run-sync";
import { freshDatabase } from "../support/database";
import { startSimulator } from "../support/simulator";
import { first } from "@/db";

let sim: Awaited<ReturnType<typeof startSimulator>>;
let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeEach(async () => {
  sim = await startSimulator({ dossierCount: 80 });
  database = await freshDatabase();
});
afterEach(async () => {
  sim.sim.close();
  await database.close();
});

const sync = (client: Pick<RmaClient, "retrieveSpilled"> = sim.client, statuses?: StatusCode[]) =>
  runSync({ db: database.db, client, concurrency: 4, statuses });

describe("sync", () => {
  it("mirrors every dossier of every status, with a first history row each", async () => {
    const result = await sync();
    expect(result.failed).toEqual([]);
    expect(result.succeeded).toHaveLength(STATUS_CODES.length);
    expect(result.inserted).toBe(80);
    expect((await database.db.select().from(dossiers))).toHaveLength(80);
    expect((await database.db.select().from(statusHistory))).toHaveLength(80);
    expect(await lastGoodSync(database.db)).not.toBeNull();
  });

  it("records a status change once, with the old and the new status, and nothing when nothing moved", async () => {
    await sync();
    const [target] = await sim.client.retrieveRequests("RMAD");
    await sim.client.accept({ demandNumber: target!.demandNumber, agreementNumber: "A-1", nextStatus: "ATTEXP" });
    const second = await sync();
    expect(second.inserted).toBe(0);
    expect(second.changed).toEqual([{ demandNumber: target!.demandNumber, from: "RMAD", to: "ATTEXP" }]);
    const history = (await database.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, target!.demandNumber)));
    expect(history.map((h) => [h.oldStatus, h.newStatus, h.source])).toEqual([[null, "RMAD", "sync"], ["RMAD", "ATTEXP", "sync"]]);
    const row = (await first(database.db.select().from(dossiers).where(eq(dossiers.demandNumber, target!.demandNumber))))!;
    expect([row.statusCode, row.agreementNumber]).toEqual(["ATTEXP", "A-1"]);
    expect((await sync()).changed).toEqual([]);
  });

  it("a failed call for one status changes nothing for that status", async () => {
    await sync();
    const rmad = await sim.client.retrieveRequests("RMAD");
    await sim.client.refuse({ demandNumber: rmad[0]!.demandNumber, reason: "Hors périmètre" });
    const failing: Pick<RmaClient, "retrieveSpilled"> = {
      retrieveSpilled: (status) => (status === "RMANOK" || status === "RMAD" ? Promise.reject(new RmaError({ kind: "upstream", route: "demands/retrieverequests", httpStatus: 500 })) : sim.client.retrieveSpilled(status)),
    };
    const result = await sync(failing);
    expect(result.failed.map((f) => f.status).sort()).toEqual(["RMAD", "RMANOK"]);
    const row = (await first(database.db.select().from(dossiers).where(eq(dossiers.demandNumber, rmad[0]!.demandNumber))))!;
    expect([row.statusCode, row.missing]).toEqual(["RMAD", false]);
    expect((await first(database.db.select().from(syncState).where(eq(syncState.statusCode, "RMAD"))))).toMatchObject({ lastError: "upstream", lastErrorHttp: 500 });
  });

  it("marks nothing missing when a status failed: a dossier may have moved there", async () => {
    await sync();
    const [moved] = await sim.client.retrieveRequests("D");
    await sim.client.status({ demandNumber: moved!.demandNumber, statusCode: "IEXP" });
    const failing: Pick<RmaClient, "retrieveSpilled"> = {
      retrieveSpilled: (status) => (status === "IEXP" ? Promise.reject(new RmaError({ kind: "upstream", route: "demands/retrieverequests", httpStatus: 503 })) : sim.client.retrieveSpilled(status)),
    };
    const result = await sync(failing);
    expect(result.missing).toBe(0);
    expect((await first(database.db.select().from(dossiers).where(eq(dossiers.demandNumber, moved!.demandNumber))))).toMatchObject({ statusCode: "D", missing: false });
  });

  it("keeps a dossier the platform no longer returns, marked as such", async () => {
    await sync();
    const [gone] = await sim.client.retrieveRequests("D");
    sim.sim.store.db.prepare("DELETE FROM dossiers WHERE demand_number = ?").run(gone!.demandNumber);
    const result = await sync();
    expect(result.missing).toBe(1);
    const row = (await first(database.db.select().from(dossiers).where(eq(dossiers.demandNumber, gone!.demandNumber))))!;
    expect([row.statusCode, row.missing]).toEqual(["D", true]);
  });

  it("writes only what a reply changes: an unchanged dossier is left as it is, one back from missing is unmarked", async () => {
    await sync();
    const written = async () => new Map((await database.db.select({ n: dossiers.demandNumber, at: dossiers.lastSeenAt, missing: dossiers.missing }).from(dossiers)).map((r) => [r.n, r]));
    const [moved] = await sim.client.retrieveRequests("RMAD");
    await sim.client.refuse({ demandNumber: moved!.demandNumber, reason: "Hors périmètre" });
    const [gone] = await sim.client.retrieveRequests("D");
    const record = sim.sim.store.db.prepare("SELECT * FROM dossiers WHERE demand_number = ?").get(gone!.demandNumber) as Record<string, unknown>;
    sim.sim.store.db.prepare("DELETE FROM dossiers WHERE demand_number = ?").run(gone!.demandNumber);
    await sync();
    const before = await written();
    expect(before.get(gone!.demandNumber)?.missing).toBe(true);
    // The dossier comes back as it was; one other moves; nothing else changes on the platform.
    const columns = Object.keys(record);
    sim.sim.store.db.prepare(`INSERT INTO dossiers (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...columns.map((c) => record[c]));
    const answered = (await sim.client.retrieveRequests("D")).find((d) => d.demandNumber !== gone!.demandNumber);
    await sim.client.status({ demandNumber: answered!.demandNumber, statusCode: "IEXP" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sync();
    const after = await written();
    const rewritten = [...after].filter(([n, row]) => row.at.getTime() !== before.get(n)?.at.getTime()).map(([n]) => n).sort();
    expect(rewritten).toEqual([gone!.demandNumber, answered!.demandNumber].sort());
    expect(after.get(gone!.demandNumber)?.missing).toBe(false);
  });

  it("does not roll back what the mirror learnt after the reply was asked for (Atelier's own write, another instance's sync)", async () => {
    await sync();
    const [target] = await sim.client.retrieveRequests("RMAD");
    const n = target!.demandNumber;
    // The RMAD list is read while the accept settles: the reply, asked for first, still shows RMAD.
    const stale: Pick<RmaClient, "retrieveSpilled"> = {
      retrieveSpilled: async (status) => {
        const reply = await sim.client.retrieveSpilled(status);
        if (status === "RMAD") await applyLocalChange(database.db, { demandNumber: n, userId: 0, at: new Date(), status: "RMAOK", accepted: true });
        return reply;
      },
    };
    await sync(stale, ["RMAD"]);
    expect((await first(database.db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, n))))?.s).toBe("RMAOK");
    const history = await database.db.select().from(statusHistory).where(eq(statusHistory.demandNumber, n));
    expect(history.map((h) => [h.oldStatus, h.newStatus, h.source])).toEqual([[null, "RMAD", "sync"], ["RMAD", "RMAOK", "atelier"]]);
    // The next read, asked for after it, is the platform's word again.
    await sync(sim.client, ["RMAD"]);
    expect((await first(database.db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, n))))?.s).toBe("RMAD");
  });

  it("survives the simulator's 500s: the statuses that answered are applied", async () => {
    await sim.control("/faults", { errorRate: 0.5 });
    const result = await sync();
    await sim.control("/faults", { errorRate: 0 });
    const mirrored = (await database.db.select().from(dossiers)).length;
    const expected = (await Promise.all(result.succeeded.map((s) => sim.client.retrieveRequests(s)))).flat().length;
    expect(mirrored).toBe(expected);
  });
});

describe("sync order", () => {
  it("asks first for the statuses the reseller moves dossiers into, then the largest replies of the last sync", async () => {
    const asked: string[] = [];
    const client: Pick<RmaClient, "retrieveSpilled"> = { retrieveSpilled: (status) => (asked.push(status), sim.client.retrieveSpilled(status)) };
    await runSync({ db: database.db, client, concurrency: 1 });
    expect(asked.slice(0, 6)).toEqual(["RMAD", "VDE", "RDE", "INFREV", "RMAOK", "RMANOK"]);
    const sizes = (await database.db.select({ status: syncState.statusCode, count: syncState.count }).from(syncState));
    const countOf = (s: string) => sizes.find((r) => r.status === s)!.count;
    asked.length = 0;
    await runSync({ db: database.db, client, concurrency: 1 });
    const rest = asked.slice(6).map(countOf);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(new Set(asked)).toEqual(new Set(STATUS_CODES));
  });
});
