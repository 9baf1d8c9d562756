// The process's metrics, in Prometheus' format (prom-client's default registry, which scripts/serve.mjs
// also writes its HTTP durations into: prom-client is loaded from node_modules by both, never bundled).
// Labels are bounded: a platform route, a status code, a centre's slug; never a URL, a dossier or a person.
import client from "prom-client";

function build() {
  const register = client.register;
  client.collectDefaultMetrics({ register, prefix: "atelier_process_" });
  return {
    register,
    platformCalls: new client.Counter({ name: "atelier_platform_calls_total", help: "Calls to RMA Manager, by API route and HTTP status (or timeout, network).", labelNames: ["route", "status"] as const }),
    platformSeconds: new client.Histogram({
      name: "atelier_platform_call_duration_seconds",
      help: "Latency of calls to RMA Manager, by API route.",
      labelNames: ["route"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15],
    }),
    tokenRefreshes: new client.Counter({ name: "atelier_platform_token_refreshes_total", help: "Access tokens fetched from token/create." }),
    syncSeconds: new client.Histogram({ name: "atelier_sync_duration_seconds", help: "Duration of full syncs, by centre.", labelNames: ["centre"] as const, buckets: [0.5, 1, 2, 5, 10, 30, 60, 120] }),
    syncFailures: new client.Counter({ name: "atelier_sync_failures_total", help: "Statuses whose read failed during a sync, by centre.", labelNames: ["centre"] as const }),
    liveConnections: new client.Gauge({ name: "atelier_live_connections", help: "Open live-update streams (/api/live) on this instance." }),
    outboxDepth: new client.Gauge({ name: "atelier_outbox_depth", help: "Commands not yet settled with the platform, by centre and state.", labelNames: ["centre", "state"] as const }),
    outboxOldest: new client.Gauge({ name: "atelier_outbox_oldest_age_seconds", help: "Age of the oldest command not yet settled, by centre.", labelNames: ["centre"] as const }),
    backupAge: new client.Gauge({ name: "atelier_backup_age_seconds", help: "Age of the last good backup (SQLite; absent when none was made)." }),
    backupFailing: new client.Gauge({ name: "atelier_backup_last_failed", help: "1 when the last scheduled backup failed." }),
  };
}

const holder = globalThis as unknown as { atelierMetrics?: ReturnType<typeof build> };

export function metrics() {
  holder.atelierMetrics ??= build();
  return holder.atelierMetrics;
}
