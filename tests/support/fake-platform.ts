// A real HTTP server on 127.0.0.1 that plays the platform for the client's tests: each test scripts the
// replies and reads back exactly what arrived on the wire.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  route: string;
  query: Record<string, string>;
  authorization: string | undefined;
  contentType: string | undefined;
  rawBody: string;
  body: unknown;
}

export type Reply = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | "hang" | "destroy";
export type Handler = (request: Received, callIndex: number) => Reply | Promise<Reply>;

export interface FakePlatform {
  baseUrl: string;
  received: Received[];
  on(route: string, handler: Handler): void;
  calls(route: string): Received[];
  close(): Promise<void>;
}

export const OK = (data?: unknown): Reply => ({ json: { status: "OK", message: "Success", ...(data === undefined ? {} : { data }) } });

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const handlers = new Map<string, Handler>();
  const received: Received[] = [];
  let tokenCounter = 0;
  handlers.set("token/create", () => ({ json: { access_token: `tok-${++tokenCounter}`, expires_in: 3600, token_type: "Bearer", scope: "demands_status" } }));

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = url.pathname.replace(/^\/api\//, "");
    const rawBody = await readBody(req);
    let body: unknown = null;
    try {
      body = rawBody ? JSON.parse(rawBody) : null;
    } catch {
      body = rawBody;
    }
    const entry: Received = {
      route,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      contentType: req.headers["content-type"],
      rawBody,
      body,
    };
    received.push(entry);
    const handler = handlers.get(route);
    const reply = handler ? await handler(entry, received.filter((r) => r.route === route).length - 1) : { status: 404, json: { status: "KO", message: "Route inconnue" } };
    if (reply === "hang") return; // never answers; the client's timeout must fire
    if (reply === "destroy") {
      req.socket.destroy();
      return;
    }
    res.statusCode = reply.status ?? 200;
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    if (reply.text !== undefined) {
      res.setHeader("Content-Type", "text/html");
      res.end(reply.text);
    } else {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(reply.json ?? null));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/`,
    received,
    on: (route, handler) => handlers.set(route, handler),
    calls: (route) => received.filter((r) => r.route === route),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
