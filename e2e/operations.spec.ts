// What an operator's tools read, on the production build: liveness and readiness for anyone, with nothing
// about the install; metrics in Prometheus' format for the holder of METRICS_TOKEN only, by route, never by URL.
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { newSyncedDossier } from "./support/mirror";
import { BASE_URL, METRICS_TOKEN, stateFile } from "./support/paths";

test.use({ role: null });

test("/api/health and /api/ready answer anyone, and say nothing of the install", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const health = await anonymous.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  const ready = await anonymous.get("/api/ready");
  expect(ready.status()).toBe(200);
  const text = await ready.text();
  expect(JSON.parse(text)).toEqual({ status: "ready" });
  for (const leak of ["atelier.db", ".e2e", "lyon", "centre"]) expect(text).not.toContain(leak);
  await anonymous.dispose();
});

test("/api/metrics: refused without the token, in Prometheus' format with it", async ({ browser }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  expect((await anonymous.get("/api/metrics")).status()).toBe(401);
  expect((await anonymous.get("/api/metrics", { headers: { Authorization: "Bearer not-the-token-at-all" } })).status()).toBe(401);
  // A dossier page seen, and a live stream open, by a signed-in technician: both are counted.
  const context = await browser.newContext({ storageState: stateFile("technician") });
  const page = await context.newPage();
  const n = await newSyncedDossier(page.request, "PAD");
  await page.goto(`/dossiers/${encodeURIComponent(n)}`);
  await expect(page.getByRole("heading", { level: 1, name: n })).toBeVisible();
  const scrape = async () => (await anonymous.get("/api/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  await expect.poll(async () => /^atelier_live_connections [1-9]/m.test(await scrape())).toBe(true);
  const body = await scrape();
  expect(body).toMatch(/^atelier_http_request_duration_seconds_count\{method="GET",route="\/dossiers\/\[number\]",status="200"\} [1-9]/m);
  expect(body).not.toContain(n);
  expect(body).toMatch(/^atelier_platform_calls_total\{route="demands\/retrieverequests",status="200"\} [1-9]/m);
  expect(body).toMatch(/^atelier_platform_call_duration_seconds_bucket\{le="0\.05",route="token\/create"\} \d+/m);
  expect(body).toMatch(/^atelier_sync_duration_seconds_count\{centre="principal"\} [1-9]/m);
  expect(body).toMatch(/^atelier_outbox_depth\{centre="principal",state="pending"\} \d+/m);
  expect(body).toMatch(/^atelier_outbox_depth\{centre="lyon",state="pending"\} \d+/m);
  expect(body).toMatch(/^atelier_outbox_oldest_age_seconds\{centre="principal"\} \d+/m);
  expect(body).toMatch(/^atelier_platform_token_refreshes_total [1-9]/m);
  await context.close();
  await anonymous.dispose();
});
