// What a failure after the request left means, command by command, against the real simulator: blind
// retries only where the request surely was not taken, checks against what the platform shows otherwise,
// and a person for the writes that leave no trace.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dossiers, outbox } from "@/db/schema";
import { submitAction, type SubmitActionInput } from "@/lib/submit/submit-action";
import { markCommandSent, resendCommand } from "@/lib/outbox/manage";
import { MAX_VERIFICATIONS, processDue } from "@/lib/outbox/outbox";
import { outboxWorld } from "../support/outbox";
import { PDF, upload } from "../support/uploads";

let world: Awaited<ReturnType<typeof outboxWorld>>;
beforeEach(async () => {
  world = await outboxWorld();
});
afterEach(() => world.close());

const at = async (status: string) => (await world.db.select().from(dossiers).where(eq(dossiers.statusCode, status)));
const submit = (demandNumber: string, command: SubmitActionInput["command"]) =>
  submitAction({ ctx: world.ctx(), input: { requestId: randomUUID(), demandNumber, command }, deps: world.deps });
const rowOf = async (demandNumber: string) => (await world.db.select().from(outbox).where(eq(outbox.demandNumber, demandNumber)));
const applied = (n: string, route: string) => world.sim.sim.store.applied(n).filter((a) => a.route === route);
const faults = (patch: Record<string, number | string[]>) => world.sim.control("/faults", patch);
let clock = Date.now();
const tick = () => processDue({ ...world.deps, now: () => new Date((clock += 10 * 60_000)) });

describe("after the request left", () => {
  it("a status the platform applied, answered by a proxy's HTML 502, is found applied and never sent again", async () => {
    const [d] = await at("D");
    await faults({ appliedErrorRate: 1 });
    expect(await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } })).toMatchObject({ state: "unknown" });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ lastErrorCode: "unknown_outcome", errorDetail: expect.stringContaining('"nonJson":true') }]);
    await faults({ appliedErrorRate: 0 });
    await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", sendAttempts: 1, verifyAttempts: 1 }]);
    expect(applied(d!.demandNumber, "demands/status")).toHaveLength(1);
  });

  it("a reset after the write is applied is an unknown outcome too", async () => {
    const [d] = await at("D");
    await faults({ resetAfterRate: 1 });
    expect(await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "REPPROG" } })).toMatchObject({ state: "unknown" });
    await faults({ resetAfterRate: 0 });
    await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", sendAttempts: 1 }]);
    expect(applied(d!.demandNumber, "demands/status")).toHaveLength(1);
  });

  it("a 503 with Retry-After was not taken: retried blindly, no check needed", async () => {
    const [d] = await at("D");
    await faults({ busyRate: 1 });
    expect(await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } })).toMatchObject({ state: "pending" });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ lastErrorCode: "not_sent" }]);
    await faults({ busyRate: 0 });
    await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", sendAttempts: 2, verifyAttempts: 0 }]);
  });

  it("a quote the reseller answered (VDE) before the check is found applied, not sent again", async () => {
    const [d] = (await at("IEXP")).filter((x) => x.type === "REP");
    await faults({ appliedErrorRate: 1, resellerMovesRate: 1 });
    await submit(d!.demandNumber, { kind: "quotation", payload: { quoteNumber: "DV-R1", lines: [{ label: "Écran", quantity: 1, unitPriceCents: 10000 }] } });
    await faults({ appliedErrorRate: 0, resellerMovesRate: 0 });
    await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", sendAttempts: 1 }]);
    expect(applied(d!.demandNumber, "demands/quotation")).toHaveLength(1);
    expect(world.sim.sim.store.get(d!.demandNumber)!.record.current_status_code).toBe("VDE");
  });

  it("a message with no trace goes to a person, with the time of its first send; 'Marquer comme envoyé' never sends it", async () => {
    await world.sim.control("/profile", { profile: "lenient" });
    const [d] = await at("D");
    await faults({ appliedErrorRate: 1 });
    await submit(d!.demandNumber, { kind: "message", payload: { message: "Numéro de série ?" } });
    await faults({ appliedErrorRate: 0 });
    await tick();
    const [row] = await rowOf(d!.demandNumber);
    expect(row).toMatchObject({ state: "review", lastErrorCode: "no_trace", sendAttempts: 1 });
    expect(row!.firstSentAt).not.toBeNull();
    await tick();
    expect(applied(d!.demandNumber, "demands/message")).toHaveLength(1);
    await markCommandSent({ ctx: world.ctx(), input: { commandId: row!.id }, deps: world.deps });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", sendAttempts: 1 }]);
    expect(applied(d!.demandNumber, "demands/message")).toHaveLength(1);
  });

  it("a quote answered 500 before it was taken waits for a person; 'Renvoyer' sends it, once", async () => {
    await world.sim.control("/profile", { profile: "lenient" });
    const [d] = (await at("IEXP")).filter((x) => x.type === "REP");
    await faults({ errorRate: 1, onlyRoutes: ["demands/quotation"] });
    await submit(d!.demandNumber, { kind: "quotation", payload: { quoteNumber: "DV-R2", lines: [{ label: "Écran", quantity: 1, unitPriceCents: 10000 }] } });
    await faults({ errorRate: 0, onlyRoutes: [] });
    await tick();
    const [row] = await rowOf(d!.demandNumber);
    expect(row).toMatchObject({ state: "review" });
    expect(applied(d!.demandNumber, "demands/quotation")).toHaveLength(0);
    await resendCommand({ ctx: world.ctx(), input: { commandId: row!.id }, deps: world.deps });
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", sendAttempts: 2 }]);
    expect(applied(d!.demandNumber, "demands/quotation")).toHaveLength(1);
  });

  it("a document counts as applied only if the matching documents grew: an identical earlier one proves nothing", async () => {
    const [d] = await at("D");
    const bytes = PDF("rapport identique");
    await world.sim.client.addDocument({ demandNumber: d!.demandNumber, fileName: "rapport.pdf", content: bytes, type: "REPORT" });
    const file = await upload(world.db, world.user.id, "rapport.pdf", bytes);
    await faults({ errorRate: 1 });
    await submit(d!.demandNumber, { kind: "document", payload: { type: "REPORT", file: { uploadId: file.uploadId } } }).catch(() => undefined);
    await faults({ errorRate: 0 });
    for (let i = 0; i < 5 && (await rowOf(d!.demandNumber))[0]!.state !== "sent"; i++) await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent", baselineCount: 1 }]);
    expect(world.sim.sim.store.documents(d!.demandNumber).filter((x) => x.fileName === "rapport.pdf")).toHaveLength(2);
  });

  it("counts sends and checks apart: retries before the request left never park a command", async () => {
    const [d] = await at("D");
    await faults({ busyRate: 1 });
    await submit(d!.demandNumber, { kind: "status", payload: { statusCode: "IEXP" } });
    for (let i = 0; i < MAX_VERIFICATIONS + 2; i++) await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "pending", verifyAttempts: 0 }]);
    expect((await rowOf(d!.demandNumber))[0]!.sendAttempts).toBeGreaterThan(MAX_VERIFICATIONS);
    await faults({ busyRate: 0 });
    await tick();
    expect(await rowOf(d!.demandNumber)).toMatchObject([{ state: "sent" }]);
  });
});
