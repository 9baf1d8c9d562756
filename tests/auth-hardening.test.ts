// The holes a review found around sign-in and the paths around it, each with the attack that used to work.
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { MAX_FAILURES } from "@/lib/auth/lockout";
import { safeReturnPath } from "@/lib/auth/return-path";
import { parseConfig } from "@/lib/config/env";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";
import { ensureDemoUsers } from "@/lib/users/demo-users";
import { freshDatabase, insertUser } from "./support/database";

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe("the address the lock-out counts", () => {
  it("is the TCP peer, whatever X-Forwarded-For a client writes, unless proxies are trusted", () => {
    expect(clientAddressFrom(headers({ "x-atelier-peer": "203.0.113.9", "x-forwarded-for": "198.51.100.1" }), 0)).toBe("203.0.113.9");
    expect(clientAddressFrom(headers({ "x-atelier-peer": "203.0.113.9", "x-forwarded-for": "198.51.100.2" }), 0)).toBe("203.0.113.9");
  });

  it("with TRUSTED_PROXIES as a count, reads that many hops back; as a list, skips our proxies only", () => {
    // The client forged "1.1.1.1"; our proxy (10.0.0.1) appended the real client, 198.51.100.7.
    const h = headers({ "x-atelier-peer": "10.0.0.1", "x-forwarded-for": "1.1.1.1, 198.51.100.7" });
    expect(clientAddressFrom(h, 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(h, ["10.0.0.1"])).toBe("198.51.100.7");
    expect(clientAddressFrom(headers({ "x-atelier-peer": "10.0.0.2", "x-forwarded-for": "1.1.1.1, 198.51.100.7" }), ["10.0.0.1"])).toBe("10.0.0.2");
    expect(clientAddressFrom(headers({ "x-atelier-peer": "10.0.0.1" }), 2)).toBe("10.0.0.1");
  });

  it("reads TRUSTED_PROXIES from the environment", () => {
    expect(parseConfig({}).trustedProxies).toBe(0);
    expect(parseConfig({ TRUSTED_PROXIES: "1" }).trustedProxies).toBe(1);
    expect(parseConfig({ TRUSTED_PROXIES: "10.0.0.1, 10.0.0.2" }).trustedProxies).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(() => parseConfig({ TRUSTED_PROXIES: "tout le monde" })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("sign-in", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  afterEach(() => database?.close());

  it("parallel wrong passwords cannot slip past the limit: each failure is counted before its hash is checked", async () => {
    database = await freshDatabase();
    const user = await insertUser(database.db, "technician");
    const results = await Promise.all(Array.from({ length: 12 }, () => authenticate(database!.db, { email: user.email, password: "faux", ip: "203.0.113.5" })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(await authenticate(database.db, { email: user.email, password: user.password, ip: "203.0.113.5" })).toMatchObject({ ok: false, reason: "locked" });
  });

  it("a demo account never signs in when Atelier talks to a real platform", async () => {
    database = await freshDatabase();
    await ensureDemoUsers(database.db);
    const demo = { email: DEMO_USERS.admin.email, password: DEMO_PASSWORD, ip: "203.0.113.6" };
    expect(await authenticate(database.db, { ...demo, mode: "simulator" })).toMatchObject({ ok: true });
    expect(await authenticate(database.db, { ...demo, mode: "platform" })).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("simulator mode and production", () => {
  it("keeps its own database file, and refuses production without ATELIER_DEMO=1", () => {
    expect(parseConfig({}).databasePath).toBe("data/atelier-demo.db");
    expect(parseConfig({ RMA_API_BASE_URL: "https://rma.example/api/", RMA_CLIENT_ID: "i", RMA_CLIENT_SECRET: "s", AUTH_SECRET: "x".repeat(32) }).databasePath).toBe("data/atelier.db");
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/RMA_API_BASE_URL.*ATELIER_DEMO=1/);
    expect(parseConfig({ NODE_ENV: "production", ATELIER_DEMO: "1" }).mode).toBe("simulator");
  });
});

describe("the path after sign-in", () => {
  it("stays on Atelier, however the path is dressed", () => {
    // "retour=/%09/evil.example" reaches the server decoded, as "/\t/evil.example": a browser drops the tab.
    for (const evil of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "https://evil.example", "/\\\\evil.example/x",
      // Dot segments resolve into a new "//": the path judged must be the one after resolution.
      "/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example", "/./%5Cevil.example", "/%2E%2E//evil.example", "/a/..//evil.example"]) {
      expect(safeReturnPath(evil), JSON.stringify(evil)).toBe("/dossiers");
    }
    // Still encoded, it is only an odd path of ours.
    expect(new URL(safeReturnPath("/%09/evil.example"), "https://atelier.example").origin).toBe("https://atelier.example");
    expect(safeReturnPath("/dossiers/ACH-1?phase=devis#x")).toBe("/dossiers/ACH-1?phase=devis#x");
    expect(safeReturnPath("/connexion")).toBe("/dossiers");
  });
});

describe("what the server buffers before any check", () => {
  it("no more of a page's request body than a server action may carry", async () => {
    const file = "../next.config.mjs";
    const { default: nextConfig } = (await import(/* @vite-ignore */ file)) as { default: { experimental: { proxyClientMaxBodySize: string; serverActions: { bodySizeLimit: string } } } };
    const bytes = (size: string) => Number(/^(\d+)mb$/.exec(size)?.[1] ?? NaN) * 1024 * 1024;
    expect(bytes(nextConfig.experimental.proxyClientMaxBodySize)).toBeLessThanOrEqual(bytes(nextConfig.experimental.serverActions.bodySizeLimit));
    expect(bytes(nextConfig.experimental.serverActions.bodySizeLimit)).toBeLessThanOrEqual(1024 * 1024);
  });
});
