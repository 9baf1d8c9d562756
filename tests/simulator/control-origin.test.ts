// The simulator's control routes reset and steer a demo: a page of another site must not be able to, so
// they take JSON only (a cross-site form or no-cors fetch cannot send it without a preflight) and refuse a
// browser's cross-site Origin. Atelier's server and the tests, which send no Origin, keep working.
import { afterEach, describe, expect, it } from "vitest";
import { startSimulator } from "../support/simulator";

let env: Awaited<ReturnType<typeof startSimulator>> | undefined;
afterEach(async () => {
  await env?.sim.close();
  env = undefined;
});

const post = (path: string, headers: Record<string, string>, body = "{}") => fetch(`${env!.origin}/_sim${path}`, { method: "POST", headers, body });

describe("the simulator's control routes", () => {
  it("refuse text/plain and a cross-site origin, and change nothing", async () => {
    env = await startSimulator({ dossierCount: 5 });
    const before = await env.control<{ dossiers: number }>("/health");

    const plain = await post("/reset", { "Content-Type": "text/plain" });
    expect(plain.status).toBe(415);
    const form = await post("/faults", { "Content-Type": "application/x-www-form-urlencoded" }, "errorRate=1");
    expect(form.status).toBe(415);
    const crossSite = await post("/reset", { "Content-Type": "application/json", Origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    const fetchMetadata = await post("/faults", { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" }, '{"errorRate":1}');
    expect(fetchMetadata.status).toBe(403);

    expect(await env.control("/health")).toEqual(before);
    expect(await env.control<{ errorRate: number }>("/faults")).toMatchObject({ errorRate: 0 });
    // The simulator's own origin, or none (a server), is served.
    const own = await post("/faults", { "Content-Type": "application/json; charset=utf-8", Origin: env.origin }, '{"latencyMs":1}');
    expect(own.status).toBe(200);
  });
});
