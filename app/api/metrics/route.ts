import { timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config/env";
import { collectGauges } from "@/lib/health/gauges";
import { metrics } from "@/lib/metrics/metrics";

// Prometheus' scrape: machine to machine, no session. Off (404) unless METRICS_TOKEN is set; then only with
// `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise, checked before anything is read or counted).
export const dynamic = "force-dynamic";

function authorized(header: string | null, token: string) {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function GET(request: Request) {
  const token = config().metricsToken;
  if (!token) return new Response("Not found", { status: 404 });
  if (!authorized(request.headers.get("authorization"), token)) return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  await collectGauges();
  const { register } = metrics();
  return new Response(await register.metrics(), { headers: { "Content-Type": register.contentType, "Cache-Control": "no-store" } });
}
