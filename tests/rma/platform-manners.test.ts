// How Atelier behaves towards a platform that redirects or asks it to slow down, against real HTTP servers:
// a redirect is never followed (it would carry the secret elsewhere), Retry-After is waited for, and a
// 429 during a sync lowers how many reads that sync keeps in flight.
import { STATUS_CODES } from "@/lib/rma/constants";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRmaClient, type RmaClientConfig } from "@/lib/rma/client";
import { retryAfterMs } from "@/lib/rma/transport";
import { isAllowedPlatformUrl } from "@/lib/config/platform-url";
import { parseConfig } from "@/lib/config/env";
import { centreInput } from "@/lib/tenancy/registry";
import { runSync } from "@/lib/sync/run-sync";
import { OK, startFakePlatform, type FakePlatform } from "../support/fake-platform";
import { freshDatabase, type TestDatabase } from "../support/database";

let platform: FakePlatform;
let elsewhere: FakePlatform;

beforeEach(async () => {
  platform = await startFakePlatform();
  elsewhere = await startFakePlatform();
});
afterEach(async () => {
  await platform.close();
  await elsewhere.close();
});

const client = (overrides: Partial<RmaClientConfig> = {}) =>
  createRmaClient({ baseUrl: platform.baseUrl, clientId: "atelier-id", clientSecret: "s3cret-value", retryBaseDelayMs: 5, timeoutMs: 2_000, ...overrides });

describe("redirects", () => {
  it("token/create answering 307 does not re-send the client secret to the Location", async () => {
    platform.on("token/create", () => ({ status: 307, headers: { Location: `${elsewhere.baseUrl}token/create` }, json: {} }));
    await expect(client({ readRetries: 0 }).retrieveRequests("RMAD")).rejects.toThrow();
    expect(elsewhere.received).toEqual([]);
  });

  it("a read answering 302 does not send the bearer token to the Location", async () => {
    platform.on("demands/retrieverequests", () => ({ status: 302, headers: { Location: `${elsewhere.baseUrl}demands/retrieverequests` }, json: {} }));
    await expect(client({ readRetries: 0 }).retrieveRequests("RMAD")).rejects.toThrow();
    expect(elsewhere.received).toEqual([]);
  });
});

describe("platform addresses", () => {
  it("are https, or http on this machine only, for the environment and for an added centre", () => {
    expect(isAllowedPlatformUrl("https://rma.example/api/")).toBe(true);
    for (const local of ["http://127.0.0.1:4010/api/", "http://localhost:4010/api/", "http://[::1]:4010/api/"]) expect(isAllowedPlatformUrl(local), local).toBe(true);
    for (const bad of ["http://rma.example/api/", "http://10.0.0.5/api/", "http://127.0.0.1.evil.example/api/", "ftp://rma.example/"]) expect(isAllowedPlatformUrl(bad), bad).toBe(false);
    expect(() => parseConfig({ RMA_API_BASE_URL: "http://rma.example/api/", RMA_CLIENT_ID: "i", RMA_CLIENT_SECRET: "s", AUTH_SECRET: "x".repeat(32) })).toThrow(/RMA_API_BASE_URL/);
    const centre = { slug: "nord", name: "Nord", clientId: "i", clientSecret: "s" };
    expect(centreInput.safeParse({ ...centre, baseUrl: "http://rma.example/api/" }).error?.issues[0]?.message).toMatch(/https:\/\//);
    expect(centreInput.safeParse({ ...centre, baseUrl: "https://rma.example/api/" }).success).toBe(true);
  });
});

describe("Retry-After", () => {
  it("reads delta-seconds and HTTP dates", () => {
    const now = Date.parse("2026-12-03T10:00:00Z");
    expect(retryAfterMs("1", now)).toBe(1000);
    expect(retryAfterMs(" 120 ", now)).toBe(120_000);
    expect(retryAfterMs("Thu, 03 Dec 2026 10:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs("Thu, 03 Dec 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs("-3", now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });

  it("a read answered 429 with Retry-After: 1 is not sent again sooner than one second later", async () => {
    const arrivals: number[] = [];
    platform.on("demands/retrieverequests", (_request, i) => {
      arrivals.push(performance.now());
      return i === 0 ? { status: 429, headers: { "Retry-After": "1" }, json: { status: "KO", message: "Trop de requêtes" } } : OK([]);
    });
    expect(await client().retrieveRequests("RMAD")).toEqual([]);
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(1000);
  });

  it("an HTTP date is waited for too", async () => {
    const arrivals: number[] = [];
    platform.on("demands/retrieverequests", (_request, i) => {
      arrivals.push(Date.now());
      // Two seconds ahead, at the header's one-second precision: at least one second from now.
      const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 2000).toUTCString();
      return i === 0 ? { status: 503, headers: { "Retry-After": at }, json: {} } : OK([]);
    });
    await client().retrieveRequests("RMAD");
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(1000);
  });

  it("a wait longer than the client may spend fails the read now instead of holding the sync", async () => {
    platform.on("demands/retrieverequests", () => ({ status: 429, headers: { "Retry-After": "3600" }, json: {} }));
    await expect(client({ maxRetryAfterMs: 5_000 }).retrieveRequests("RMAD")).rejects.toMatchObject({ httpStatus: 429, retryAfter: "3600" });
    expect(platform.calls("demands/retrieverequests")).toHaveLength(1);
  });
});

describe("a sync told to slow down", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await freshDatabase();
  });
  afterEach(() => database.close());

  it("keeps fewer reads in flight for the rest of the round after a 429", async () => {
    const concurrency = 8;
    let inFlight = 0;
    let throttled = false;
    // The first wave (the 429's retry and the seven other workers' reads) is held until all of it is in,
    // then answered at once: what arrives after that shows how many workers carried on.
    let release!: () => void;
    const firstWave = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    let released = false;
    const afterRelease: number[] = [];
    // After the first wave, the reads are held in groups until the narrower round's width is all in (or
    // the round's last few are): with four workers left, four are in flight at once whatever the machine's
    // speed. Each then takes 20 ms more, so that a fifth worker, were there one, would overlap them.
    let outstanding = STATUS_CODES.length - concurrency;
    const group: Array<() => void> = [];
    platform.on("demands/retrieverequests", async (request) => {
      if (!throttled && request.query.status === "RMAD") {
        throttled = true;
        return { status: 429, headers: { "Retry-After": "0" }, json: {} };
      }
      inFlight++;
      try {
        if (!released) {
          if (++held === concurrency) release();
          await firstWave;
          released = true;
        } else {
          afterRelease.push(inFlight);
          await new Promise<void>((resolve) => {
            group.push(resolve);
            if (group.length === Math.min(concurrency / 2, outstanding)) {
              outstanding -= group.length;
              group.splice(0).forEach((go) => go());
            }
          });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return OK([]);
      } finally {
        inFlight--;
      }
    });
    const result = await runSync({ db: database.db, client: client(), concurrency });
    expect(result.failed).toEqual([]);
    expect(result.succeeded.length).toBeGreaterThan(concurrency + 4);
    expect(afterRelease.length).toBe(result.succeeded.length - concurrency);
    expect(Math.max(...afterRelease)).toBe(concurrency / 2);
  });
});
