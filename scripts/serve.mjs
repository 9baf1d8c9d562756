// `npm start`: the production server. Next.js behind a plain Node HTTP server, which tells the app the TCP
// peer's address in a header no client can forge (X-Atelier-Peer is always overwritten here): the sign-in
// lock-out reads it, and X-Forwarded-For only as far as TRUSTED_PROXIES says (lib/auth/client-address.ts).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { randomUUID } from "node:crypto";
import pino from "pino";
import client from "prom-client";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** A path no decoder can read ("%E0%A4%A"): Next.js would answer 500; it is the client's mistake, a 400. */
function readablePath(url) {
  try {
    decodeURIComponent(new URL(url ?? "/", "http://atelier").pathname);
    return true;
  } catch {
    return false;
  }
}

// Every request's duration, by route (the app's own patterns, /dossiers/[number]), never by URL: a URL
// carries dossier numbers and would make one series per dossier. Served by /api/metrics.
const httpSeconds = new client.Histogram({
  name: "atelier_http_request_duration_seconds",
  help: "Duration of HTTP requests, by method, route and status.",
  labelNames: ["method", "route", "status"],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
});
const routes = Object.keys(JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")))
  .map((key) => key.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/")
  .filter((route, index, all) => all.indexOf(route) === index)
  .map((route) => ({
    route,
    statics: route.split("/").filter((s) => s && !s.startsWith("[")).length,
    pattern: new RegExp(`^${route.replace(/\/\[\[\.\.\.[^\]]+\]\]/g, "(?:/.*)?").replace(/\/\[\.\.\.[^\]]+\]/g, "/.+").replace(/\[[^\]]+\]/g, "[^/]+")}/?$`),
  }))
  .sort((a, b) => b.statics - a.statics);
function routeOf(url) {
  try {
    const path = new URL(url ?? "/", "http://atelier").pathname;
    if (path.startsWith("/_next/")) return "/_next";
    return routes.find((r) => r.pattern.test(path))?.route ?? "other";
  } catch {
    return "other";
  }
}

// One JSON line a request: its id (also given to the app, and sent back as X-Request-Id), the route, the
// status and the duration. Never the URL: its query may hold what a technician searched for (a client's name).
const log = pino({ level: process.env.LOG_LEVEL || "info", base: { app: "atelier" }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } });

const server = createServer((request, response) => {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(request.url);
    httpSeconds.observe({ method: request.method ?? "", route, status: String(response.statusCode) }, seconds);
    log.info({ event: "http", requestId, method: request.method, route, status: response.statusCode, ms: Math.round(seconds * 1000) });
  });
  if (!readablePath(request.url)) {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Adresse illisible : caractères mal encodés.");
    return;
  }
  request.headers["x-atelier-peer"] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
// Longer than the idle timeout of the clients and proxies in front (60 s is common): a connection kept
// alive is never closed by this side just as a client sends on it, which the client sees as ECONNRESET.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => log.info({ event: "listening", port }, `Atelier prêt sur http://${hostname}:${port}`));
