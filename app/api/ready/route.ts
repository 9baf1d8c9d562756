import { readiness } from "@/lib/health/readiness";

// Readiness, for anyone (the load balancer of the README's cluster): 200 when this instance can serve, 503
// otherwise. Which check failed goes to the log, not to the caller.
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready } = await readiness();
  return Response.json({ status: ready ? "ready" : "not_ready" }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
