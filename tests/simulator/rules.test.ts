// The refusals of section 3.5 and the reseller-only codes, as the simulator enforces them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RESELLER_ONLY_STATUS_CODES } from "@/lib/rma/constants";
import type { WireDossier } from "@/lib/rma/wire";
import { startSimulator } from "../support/simulator";

let env: Awaited<ReturnType<typeof startSimulator>>;
let token: string;
beforeEach(async () => {
  env = await startSimulator();
  token = await env.client.token();
});
afterEach(() => env.sim.close());

const newDossier = (type: "REP" | "PAD") => env.control<WireDossier>("/dossiers", { type });
const statusIn = async (n: string) => (await env.control<{ dossier: WireDossier }>(`/dossiers/${n}`)).dossier.current_status_code;

describe("refusal rules", () => {
  it("refuses a status update before the accept, and changes nothing", async () => {
    const { demand_number: n } = await newDossier("REP");
    await expect(env.client.status({ demandNumber: n, statusCode: "D" })).rejects.toMatchObject({
      kind: "refused",
      httpStatus: 409,
      platformMessage: expect.stringContaining("pas encore validée"),
    });
    expect(await statusIn(n)).toBe("RMAD");
    await expect(env.client.quotation({ demandNumber: n, quoteNumber: "Q", lines: [{ label: "L", quantity: 1, unitPriceCents: 1 }] })).rejects.toMatchObject({ kind: "refused" });
  });

  it("lets a PAD dossier with an agreement number move without an accept, but not one without", async () => {
    const { demand_number: n } = await newDossier("PAD");
    await env.client.status({ demandNumber: n, statusCode: "D" });
    expect(await statusIn(n)).toBe("D");
    // A PAD dossier whose agreement number is empty is treated like any other.
    const bare = await newDossier("PAD");
    const row = env.sim.store.get(bare.demand_number)!;
    row.record.agreement_number = "";
    env.sim.store.save(row);
    await expect(env.client.status({ demandNumber: bare.demand_number, statusCode: "D" })).rejects.toMatchObject({ kind: "refused" });
  });

  it("refuse moves to RMANOK with the reason, after which nothing moves", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.refuse({ demandNumber: n, reason: "Produit hors périmètre" });
    const details = await env.control<{ dossier: WireDossier }>(`/dossiers/${n}`);
    expect([details.dossier.current_status_code, details.dossier.current_status_comment]).toEqual(["RMANOK", "Produit hors périmètre"]);
    await expect(env.client.accept({ demandNumber: n, agreementNumber: "A" })).rejects.toMatchObject({ kind: "refused" });
    await expect(env.client.status({ demandNumber: n, statusCode: "D" })).rejects.toMatchObject({ kind: "refused" });
  });

  it("accepts a dossier only once", async () => {
    const { demand_number: n } = await newDossier("REP");
    await env.client.accept({ demandNumber: n, agreementNumber: "A" });
    await expect(env.client.accept({ demandNumber: n, agreementNumber: "B" })).rejects.toMatchObject({ kind: "refused" });
    expect((await env.control<{ dossier: WireDossier }>(`/dossiers/${n}`)).dossier.agreement_number).toBe("A");
  });

  it.each(RESELLER_ONLY_STATUS_CODES)("refuses %s sent by the centre through status", async (code) => {
    const { demand_number: n } = await newDossier("PAD");
    const reply = await env.raw("demands/status", { demand_number: n, status_code: code, status_comment: "" }, token);
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ status: "KO", message: expect.stringContaining("status_code") });
    expect(await statusIn(n)).toBe("RMAD");
  });

  it("answers a malformed request with 400 and the offending field", async () => {
    const reply = await env.raw("demands/quotation", { demand_number: "X", quote_number: "Q", quote_file: "", prestation: [{ label_prestation: "L", quantity: "1", price: "158.45" }] }, token);
    expect(reply.status).toBe(400);
    expect(reply.json.message).toContain("prestation.0.price");
  });

  it("answers an unknown dossier with 404", async () => {
    await expect(env.client.status({ demandNumber: "ACH-0000-9999", statusCode: "D" })).rejects.toMatchObject({ kind: "not_found", httpStatus: 404 });
  });

  it("refuses a quote answer on a dossier that has no pending quote", async () => {
    const { demand_number: n } = await newDossier("REP");
    await expect(env.control(`/dossiers/${n}/quote-answer`, { answer: "VDE" })).rejects.toThrow(/409/);
    await expect(env.control(`/dossiers/${n}/information`, { text: "x" })).rejects.toThrow(/409/);
  });
});

describe("authentication", () => {
  it("refuses wrong client credentials with 401", async () => {
    const reply = await env.raw("token/create", { client_id: "simulateur", client_secret: "wrong", grant_type: "client_credentials" });
    expect(reply.status).toBe(401);
  });

  it("refuses a call without a token, or with an unknown one", async () => {
    expect((await env.raw("demands/documents", { demand_number: "X" })).status).toBe(401);
    expect((await env.raw("demands/documents", { demand_number: "X" }, "deadbeef")).status).toBe(401);
  });

  it("expires tokens after the configured TTL; the client renews on the 401", async () => {
    await env.sim.close();
    // One clock for the platform and the client, moved on rather than waited for.
    let clock = Date.now();
    env = await startSimulator({ tokenTtlSeconds: 1, now: () => new Date(clock) }, { renewBeforeMs: 0, now: () => clock });
    const first = await env.client.token();
    clock += 1_100;
    const reply = await env.raw("demands/retrieverequests", {}, first);
    expect(reply.status).toBe(401);
    // The client's cached token is stale at this point (renewAt = half the 1 s lifetime, it has passed),
    // so it asks for a new one before calling.
    expect(await env.client.retrieveRequests("RMAD")).not.toHaveLength(0);
    expect(await env.client.token()).not.toBe(first);
  });
});
