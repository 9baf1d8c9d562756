// Atelier against the simulator's three readings of the document (simulator/profiles.ts): the sync, the
// quarantine, and the rules that must hold whatever the platform does where the document is silent.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { dossiers, quarantine, syncState } from "@/db/schema";
import { localRecord } from "@/lib/dossiers/local-record";
import { submitAction, type SubmitActionInput } from "@/lib/submit/submit-action";
import { STATUS_CODES } from "@/lib/rma/constants";
import { runSync } from "@/lib/sync/run-sync";
import { statusChoices } from "@/lib/workflows/transitions";
import { factsOf } from "@/lib/dossiers/local-record";
import { hostileStatuses, type Profile } from "@/simulator/profiles";
import { ctxFor, freshDatabase, insertUser } from "../support/database";
import { startSimulator } from "../support/simulator";
import { first } from "@/db";

let sim: Awaited<ReturnType<typeof startSimulator>> | undefined;
let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
afterEach(async () => {
  sim?.sim.close();
  await database?.close();
});

async function world(profile: Profile, dossierCount = 300) {
  sim = await startSimulator({ profile, dossierCount }, { readRetries: 0 });
  database = await freshDatabase();
  const db = database.db;
  const user = await insertUser(db, "technician");
  const sync = () => runSync({ db: db, client: sim!.client, concurrency: 4 });
  const submit = (demandNumber: string, command: SubmitActionInput["command"]) =>
    submitAction({ ctx: ctxFor(db, user), input: { requestId: randomUUID(), demandNumber, command }, deps: { db: db, client: sim!.client } });
  const row = async (n: string) => (await first(db.select().from(dossiers).where(eq(dossiers.demandNumber, n))))!;
  /** A new REP dossier, accepted, moved through `statuses`, then quoted. */
  async function quoted(quoteNumber: string, statuses: Array<"D" | "IEXP">) {
    const { demand_number: n } = await sim!.control<{ demand_number: string }>("/dossiers", { type: "REP" });
    await sync();
    await submit(n, { kind: "accept", payload: { agreementNumber: "A-1" } });
    for (const statusCode of statuses) await submit(n, { kind: "status", payload: { statusCode } });
    await submit(n, { kind: "quotation", payload: { quoteNumber, lines: [{ label: "Écran", quantity: 1, unitPriceCents: 15845 }] } });
    return n;
  }
  return { sim: sim!, db, sync, submit, row, quoted };
}

describe("codes the platform sends in lower case", () => {
  it("a REP typed \"rep\" with an agreement is stored as REP and follows the REP rules: no status before the accept", async () => {
    const w = await world("lenient", 20);
    const { demand_number: n } = await w.sim.control<{ demand_number: string }>("/dossiers", { type: "REP", agreementNumber: "AF123" });
    // As the platform lists it under this reading.
    expect((await w.sim.client.retrieveRequests("RMAD")).find((d) => d.demandNumber === n)).toBeTruthy();
    await w.sync();
    const row = await w.row(n);
    expect(row.type).toBe("REP");
    expect(row.agreementNumber).toBe("AF123");
    expect(statusChoices(factsOf(row))).toEqual({ suggested: [], others: [] });
    await expect(w.submit(n, { kind: "status", payload: { statusCode: "D" } })).rejects.toMatchObject({ code: "conflict" });
    expect(w.sim.sim.store.get(n)!.record.current_status_code).toBe("RMAD");
    // Every repair with an agreement went out as "rep", and none is stored so.
    expect((await w.db.select().from(dossiers)).filter((d) => d.type !== "REP" && d.type !== "PAD" && d.type !== "PMS")).toEqual([]);
  });
});

describe.each(["lenient", "hostile"] as const)("a sync of the 300 demo dossiers under %s", (profile) => {
  it("lists every well-formed dossier, keeps types and digits as they came, and sets the malformed ones aside", { timeout: 30_000 }, async () => {
    const w = await world(profile);
    const result = await w.sync();
    expect(result.failed).toEqual([]);
    expect(result.succeeded).toHaveLength(STATUS_CODES.length);
    const mirrored = (await w.db.select().from(dossiers));
    expect(mirrored).toHaveLength(300);
    // Some PAD dossiers come as PMS, and are stored as such.
    expect(mirrored.filter((d) => d.type === "PMS").length).toBeGreaterThan(0);
    // EANs sent as JSON numbers keep their 13 digits.
    const stored = w.sim.sim.store.get(mirrored[0]!.demandNumber)!.record;
    expect(mirrored[0]!.ean).toBe(stored.ean);
    expect(mirrored[0]!.ean).toMatch(/^\d{13}$/);
    const aside = (await w.db.select().from(quarantine));
    if (profile === "hostile") {
      expect(aside.map((q) => [q.source, q.demandNumber, q.field]).sort()).toEqual(hostileStatuses().map((s) => [s, `HST-${s}-0001`, "serial_number"]).sort());
      expect(result.rejected).toBe(hostileStatuses().length);
      expect((await first(w.db.select().from(syncState).where(eq(syncState.statusCode, hostileStatuses()[0] as never))))?.rejected).toBe(1);
      // Once the platform sends them right, they leave the quarantine at the next sync.
      await w.sim.control("/profile", { profile: "strict" });
      await w.sync();
      expect((await w.db.select().from(quarantine))).toEqual([]);
    } else {
      expect(aside).toEqual([]);
    }
  });
});

describe("sync failures say what an operator needs", () => {
  it("a proxy's HTML page under hostile: the status, the kind, the HTTP status and 'not JSON'", async () => {
    const w = await world("hostile", 20);
    await w.sim.control("/faults", { errorRate: 1 });
    const result = await w.sync();
    await w.sim.control("/faults", { errorRate: 0 });
    expect(result.failed).toHaveLength(STATUS_CODES.length);
    expect(result.failed[0]).toMatchObject({ kind: "upstream", httpStatus: 502, nonJson: true });
    expect((await first(w.db.select().from(syncState)))).toMatchObject({ lastError: "upstream", lastErrorHttp: 502, lastErrorNonJson: true });
  });
});

describe.each(["strict", "lenient", "hostile"] as const)("the document's rules under %s", (profile) => {
  it("a message at RMAD, then the accept, works", async () => {
    const w = await world(profile, 0);
    const { demand_number: n } = await w.sim.control<{ demand_number: string }>("/dossiers", { type: "REP" });
    await w.sync();
    expect(await w.submit(n, { kind: "message", payload: { message: "Merci de corriger le numéro de série" } })).toMatchObject({ state: "sent" });
    await w.sync();
    expect((await w.row(n)).statusCode).toBe("RMAD");
    expect((await localRecord(w.db, (await w.row(n)))).infoRequestedAt).not.toBeNull();
    expect(await w.submit(n, { kind: "accept", payload: { agreementNumber: "9999999915" } })).toMatchObject({ state: "sent" });
    expect((await w.row(n)).acceptedAt).not.toBeNull();
    await w.sync();
    expect((await w.row(n)).statusCode).toBe("RMAOK");
  });

  it("a quote is never offered again as if unsent, and EDE is offered where the platform did not set it", async () => {
    const w = await world(profile, 0);
    const n = await w.quoted("DV-1", ["D", "IEXP"]);
    await w.sync();
    const local = await localRecord(w.db, (await w.row(n)));
    expect(local.openQuote?.number).toBe("DV-1");
    const platformStatus = (await w.row(n)).statusCode;
    expect(platformStatus).toBe(profile === "strict" ? "EDE" : "IEXP");
    const { suggested } = statusChoices(factsOf((await w.row(n))), local);
    expect(suggested.includes("EDE")).toBe(profile !== "strict");
  });

  it("a refused quote to destroy never offers RPR, whether the treatment is in the field or only in the comment", async () => {
    const w = await world(profile, 0);
    const n = await w.quoted("DV-2", ["IEXP"]);
    await w.sim.control(`/dossiers/${n}/quote-answer`, { answer: "RDE", treatment: "DESTRUCT" });
    await w.sync();
    const row = (await w.row(n));
    expect(row.statusCode).toBe("RDE");
    expect(row.quoteTreatment).toBe(profile === "strict" ? "DESTRUCT" : null);
    const local = await localRecord(w.db, row);
    expect(local.treatment).toBe("DESTRUCT");
    const { suggested, others } = statusChoices(factsOf(row), local);
    expect([...suggested, ...others]).not.toContain("RPR");
    await expect(w.submit(n, { kind: "status", payload: { statusCode: "RPR" } })).rejects.toMatchObject({ code: "conflict" });
  });
});
