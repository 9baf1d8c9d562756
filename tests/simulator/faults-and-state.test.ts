// Fault injection, persistence across restarts, and the demo data.
import { afterEach, describe, expect, it } from "vitest";
import { STATUS_CODES } from "@/lib/rma/constants";
import { eanDigit, luhnDigit } from "@/simulator/seed";
import { NO_FAULTS, startSimulator } from "../support/simulator";

let env: Awaited<ReturnType<typeof startSimulator>> | undefined;
afterEach(async () => {
  await env?.sim.close();
  env = undefined;
});

describe("fault injection", () => {
  it("adds the configured latency to every call", async () => {
    env = await startSimulator();
    await env.client.token();
    await env.control("/faults", { latencyMs: 250 });
    const started = performance.now();
    await env.client.retrieveRequests("RMAD");
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("answers 500 at the configured rate: reads are retried then fail, writes are sent once", async () => {
    env = await startSimulator({}, { readRetries: 2 });
    await env.client.token();
    await env.control("/faults", { errorRate: 1 });
    await expect(env.client.retrieveRequests("RMAD")).rejects.toMatchObject({ kind: "upstream", httpStatus: 500 });
    await expect(env.client.status({ demandNumber: "X", statusCode: "D" })).rejects.toMatchObject({ kind: "upstream" });
    await env.control("/faults", { errorRate: 0 });
    expect(await env.client.retrieveRequests("RMAD")).not.toHaveLength(0);
  });

  it("leaves calls hanging at the configured rate, and the client times out", async () => {
    env = await startSimulator({}, { timeoutMs: 300, readRetries: 0 });
    await env.client.token();
    await env.control("/faults", { hangRate: 1 });
    await expect(env.client.retrieveRequests("RMAD")).rejects.toMatchObject({ kind: "timeout" });
  });

  it("revokes tokens on demand; the client renews once and carries on", async () => {
    env = await startSimulator();
    const before = await env.client.token();
    await env.control("/tokens/revoke", {});
    expect(await env.client.retrieveRequests("RMAD")).not.toHaveLength(0);
    expect(await env.client.token()).not.toBe(before);
  });

  it("sends malformed replies at the configured rate, reported as bad_reply", async () => {
    env = await startSimulator({}, { readRetries: 0 });
    await env.client.token();
    await env.control("/faults", { malformedRate: 1 });
    await expect(env.client.retrieveRequests("RMAD")).rejects.toMatchObject({ kind: "bad_reply", field: "data" });
  });

  it("changes only the faults a patch names; the others keep their values", async () => {
    env = await startSimulator();
    await env.control("/faults", { latencyMs: 7, hangAfterRate: 0.5, onlyRoutes: ["demands/status"] });
    await env.control("/faults", { errorRate: 0.1 });
    expect(await env.control("/faults")).toMatchObject({ latencyMs: 7, hangAfterRate: 0.5, errorRate: 0.1, onlyRoutes: ["demands/status"] });
  });

  it("takes its initial faults from its options (the environment in main.ts)", async () => {
    env = await startSimulator({ faults: { ...NO_FAULTS, errorRate: 1 } });
    expect(await env.control("/faults")).toMatchObject({ errorRate: 1 });
  });
});

describe("state", () => {
  it("survives a restart on the same SQLite file", async () => {
    env = await startSimulator();
    const [dossier] = await env.client.retrieveRequests("RMAD");
    await env.client.accept({ demandNumber: dossier!.demandNumber, agreementNumber: "KEEP-1" });
    const dbPath = env.dbPath;
    await env.sim.close();
    env = await startSimulator({ dbPath });
    const accepted = (await env.client.retrieveRequests("RMAOK")).find((d) => d.demandNumber === dossier!.demandNumber);
    expect(accepted?.agreementNumber).toBe("KEEP-1");
  });

  it("resets to the seed on demand", async () => {
    env = await startSimulator();
    const before = await env.client.retrieveRequests("RMAD");
    await env.client.refuse({ demandNumber: before[0]!.demandNumber, reason: "test" });
    await env.control("/dossiers", { type: "REP" });
    await env.control("/reset", {});
    const after = await env.client.retrieveRequests("RMAD");
    expect(after.map((d) => d.demandNumber)).toEqual(before.map((d) => d.demandNumber));
  });
});

describe("demo data", () => {
  it("is the same on every machine, ~300 dossiers over every status, both types, the five resellers", async () => {
    env = await startSimulator({ dossierCount: 300 });
    const second = await startSimulator({ dossierCount: 300 });
    try {
      const all = (await Promise.all(STATUS_CODES.map((s) => env!.client.retrieveRequests(s)))).flat();
      const again = (await Promise.all(STATUS_CODES.map((s) => second.client.retrieveRequests(s)))).flat();
      expect(all).toHaveLength(300);
      expect(again.map((d) => [d.demandNumber, d.statusCode, d.serialNumber])).toEqual(all.map((d) => [d.demandNumber, d.statusCode, d.serialNumber]));
      expect(new Set(all.map((d) => d.statusCode))).toEqual(new Set(STATUS_CODES));
      expect(new Set(all.map((d) => d.type))).toEqual(new Set(["REP", "PAD"]));
      expect(new Set(all.map((d) => d.resellerCode))).toEqual(new Set(["AUCHAN", "CARREFOUR", "BOULANGER", "FNAC", "RDC"]));
      for (const d of all) {
        if (d.imeiNumber) expect(luhnDigit(d.imeiNumber.slice(0, 14))).toBe(d.imeiNumber[14]);
        expect(eanDigit(d.ean!.slice(0, 12))).toBe(d.ean![12]);
        if (d.type === "PAD") expect(d.agreementNumber).toBeTruthy();
      }
      const ages = all.map((d) => Date.now() - new Date(d.createdAt!.replace(" ", "T")).getTime());
      expect(Math.max(...ages)).toBeLessThanOrEqual(91 * 86_400_000);
      const withDocuments = all.filter((d) => env!.sim.store.documents(d.demandNumber).length > 0);
      expect(withDocuments.length).toBeGreaterThan(50);
      const pictured = withDocuments.find((d) => env!.sim.store.documents(d.demandNumber).some((doc) => doc.type === "NAMEPLATE_PICTURE"))!;
      const picture = (await env.client.documents(pictured.demandNumber)).find((doc) => doc.type === "NAMEPLATE_PICTURE")!;
      expect(picture.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const pdf = (await env.client.documents(pictured.demandNumber)).concat(await env.client.documents(withDocuments[0]!.demandNumber)).find((doc) => doc.fileName.endsWith(".pdf"));
      if (pdf) expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await second.sim.close();
    }
  });
});
