// `npm start`: the production server. Next.js behind a plain Node HTTP server, which tells the app the TCP
// peer's address in a header no client can forge (X-Atelier-Peer is always overwritten here): the sign-in
// lock-out reads it, and X-Forwarded-For only as far as TRUSTED_PROXIES says (lib/auth/client-address.ts).
import { createServer } from "node:http";
import next from "next";

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

const server = createServer((request, response) => {
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
server.listen(port, hostname, () => console.info(`Atelier prêt sur http://${hostname}:${port}`));
