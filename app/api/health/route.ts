import { APP_VERSION } from "@/lib/config/version";

// Liveness, for anyone (a load balancer, a monitor): the process answers. Nothing else is said.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok", version: APP_VERSION }, { headers: { "Cache-Control": "no-store" } });
}
