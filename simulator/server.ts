// The simulator's HTTP server: the documented routes under /api/, read with the simulator's own schemas
// (simulator/wire-schemas.ts, a second reading of the document), and the control routes under /_sim/.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { z } from "zod";
import { CONTROL_PREFIX, createDossierBody, faultsPatch, informationBody, profileBody, quoteAnswerBody, resetBody, type Faults } from "./control-api";
import { listAsSent, PROXY_PAGE, rulesOf, type Profile } from "./profiles";
import { createRules, SimRefusal } from "./rules";
import {
  simAcceptRequest,
  simAddDocumentRequest,
  simDocumentsRequest,
  simMessageRequest,
  simQuotationRequest,
  simRefuseRequest,
  simRetrieveQuery,
  simStatusRequest,
  simTokenRequest,
  simTrackingRequest,
} from "./wire-schemas";
import { seedDemo } from "./seed";
import { openStore } from "./store";

export interface SimulatorOptions {
  dbPath: string;
  clientId: string;
  clientSecret: string;
  tokenTtlSeconds: number;
  faults: Faults;
  /** The reading of the document the simulator plays (simulator/profiles.ts); "strict" by default. */
  profile?: Profile;
  /** Number of demo dossiers on an empty store and on reset. */
  dossierCount?: number;
  /** The first dossier's sequence number (1): another simulator may number apart, as another platform would. */
  firstSeq?: number;
  now?: () => Date;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024; // a 10 MB file is ~13.4 MB once in base64
const LOGGED_STRING_MAX = 2_000;

class HttpProblem extends Error {
  constructor(readonly httpStatus: number, message: string) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, "Requête trop volumineuse");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, "Corps JSON illisible");
  }
}

function send(response: ServerResponse, httpStatus: number, body: unknown, headers: Record<string, string> = {}) {
  if (response.writableEnded || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(httpStatus, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** An error page from a proxy in front of the platform: HTML, not JSON. */
function sendHtml(response: ServerResponse, httpStatus: number) {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(httpStatus, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(PROXY_PAGE) });
  response.end(PROXY_PAGE);
}

const ok = (data: unknown) => ({ status: "OK", message: "Success", data });
const ko = (message: string) => ({ status: "KO", message, data: null });

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HttpProblem(400, `${issue?.path.join(".") || "corps"} : ${issue?.message ?? "invalide"}`);
  }
  return result.data;
}

/** Long strings (base64 files) are shortened in the request log: the log is for reading, not for replay. */
function forLog(value: unknown): unknown {
  if (typeof value === "string") return value.length > LOGGED_STRING_MAX ? `[${value.length} caractères]` : value;
  if (Array.isArray(value)) return value.map(forLog);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forLog(v)]));
  return value;
}

/** The dossier a write names: demand_numero on accept and refuse, demand_number elsewhere. */
const demandOf = (body: unknown) => {
  const b = (body ?? {}) as { demand_number?: unknown; demand_numero?: unknown };
  return String(b.demand_number ?? b.demand_numero ?? "");
};

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function createSimulator(options: SimulatorOptions) {
  const now = options.now ?? (() => new Date());
  const store = openStore(options.dbPath, options.firstSeq);
  if (store.count() === 0) seedDemo(store, now(), options.dossierCount);
  const state = { profile: options.profile ?? ("strict" as Profile) };
  /** How many times each fault fired, for the tests to print. */
  const stats: Record<string, number> = {};
  const fired = (fault: string) => {
    stats[fault] = (stats[fault] ?? 0) + 1;
    return true;
  };
  const rules = createRules(store, now, () => state.profile);
  const faults: Faults = { ...options.faults };
  const hanging = new Set<ServerResponse>();

  const apiRoutes: Record<string, (body: unknown, query: URLSearchParams) => unknown> = {
    "demands/accept": (body) => rules.accept(parse(simAcceptRequest, body)),
    "demands/refuse": (body) => rules.refuse(parse(simRefuseRequest, body)),
    "demands/message": (body) => rules.message(parse(simMessageRequest, body)),
    "demands/status": (body) => rules.status(parse(simStatusRequest, body)),
    "demands/tracking": (body) => rules.tracking(parse(simTrackingRequest, body)),
    "demands/adddocument": (body) => rules.addDocument(parse(simAddDocumentRequest, body)),
    "demands/quotation": (body) => rules.quotation(parse(simQuotationRequest, body)),
    "demands/retrieverequests": (_body, query) => {
      const { status } = parse(simRetrieveQuery, Object.fromEntries(query));
      return listAsSent(state.profile, status, rules.retrieve(status));
    },
    "demands/documents": (body) => rules.documents(parse(simDocumentsRequest, body).demand_number),
  };
  const WRITES = new Set(["demands/accept", "demands/refuse", "demands/message", "demands/status", "demands/tracking", "demands/adddocument", "demands/quotation"]);

  /** The reseller moving the dossier on right after a write, before the centre can check it. */
  function resellerMovesOn(route: string, body: unknown) {
    const n = (body as { demand_number?: unknown })?.demand_number;
    if (typeof n !== "string") return;
    try {
      if (route === "demands/quotation") rules.answerQuote(n, "VDE");
      if (route === "demands/message") rules.answerInformation(n, "Réponse immédiate du revendeur");
    } catch {
      // Nothing to answer: the write was refused.
    }
  }

  function createToken(body: unknown) {
    const request = simTokenRequest.safeParse(body ?? {});
    if (!request.success || !sameSecret(request.data.client_id, options.clientId) || !sameSecret(request.data.client_secret, options.clientSecret)) {
      throw new HttpProblem(401, "Identifiants client invalides");
    }
    const token = randomBytes(20).toString("hex");
    store.addToken(token, now().getTime() + options.tokenTtlSeconds * 1000);
    return {
      access_token: token,
      expires_in: options.tokenTtlSeconds,
      token_type: "Bearer",
      scope: "demands_create demands_status demands_adddocument demands_messagecenter demands_resubmit demands_update demands_responsequote demands_accept demands_refuse",
    };
  }

  function authenticate(request: IncomingMessage) {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1];
    const expiresAt = token ? store.tokenExpiry(token) : null;
    if (expiresAt === null || expiresAt <= now().getTime()) throw new HttpProblem(401, "Jeton d'accès invalide ou expiré");
  }

  /** The fault that took the call over before anything was applied (answered or left hanging), if one did. */
  async function injectFaults(route: string, response: ServerResponse): Promise<string | null> {
    if (faults.onlyRoutes.length && !faults.onlyRoutes.includes(route)) return null;
    if (faults.latencyMs > 0) {
      const jitter = faults.latencyMs * 0.2 * (Math.random() * 2 - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.round(faults.latencyMs + jitter))));
    }
    if (Math.random() < faults.hangRate && fired("hang")) {
      hanging.add(response);
      response.on("close", () => hanging.delete(response));
      return "hang";
    }
    if (Math.random() < faults.busyRate && fired("busy503")) {
      // Overloaded: nothing was applied, and it says when to come back.
      send(response, 503, ko("Service momentanément indisponible (simulé)"), { "Retry-After": "1" });
      return "busy503";
    }
    if (Math.random() < faults.errorRate && fired("error500")) {
      if (rulesOf(state.profile).htmlErrors) sendHtml(response, 502);
      else send(response, 500, ko("Erreur interne du serveur (simulée)"));
      return "error500";
    }
    return null;
  }

  async function handleApi(route: string, url: URL, request: IncomingMessage, response: ServerResponse) {
    const body = await readJson(request);
    const fault = await injectFaults(route, response);
    if (WRITES.has(route)) store.logReceived(route, demandOf(body), fault ?? "");
    if (fault) return;
    store.logRequest(route, Object.fromEntries(url.searchParams), forLog(route === "token/create" ? { client_id: (body as { client_id?: unknown })?.client_id } : body), now());
    let reply: unknown;
    if (route === "token/create") {
      reply = createToken(body);
    } else {
      const handler = apiRoutes[route];
      if (!handler) throw new HttpProblem(404, `Route inconnue : ${route}`);
      authenticate(request);
      reply = ok(handler(body, url.searchParams));
      if (WRITES.has(route)) store.logApplied(route, demandOf(body), JSON.stringify(forLog(body)));
    }
    // Faults after the write was carried out: the centre cannot know it went through.
    if (WRITES.has(route) && (!faults.onlyRoutes.length || faults.onlyRoutes.includes(route))) {
      if (Math.random() < faults.resellerMovesRate && fired("resellerMoved")) resellerMovesOn(route, body);
      if (Math.random() < faults.appliedErrorRate && fired("applied502")) return sendHtml(response, 502);
      if (Math.random() < faults.resetAfterRate && fired("appliedReset")) return void response.socket?.destroy();
    }
    if (Math.random() < faults.hangAfterRate && fired("appliedHang")) {
      hanging.add(response);
      response.on("close", () => hanging.delete(response));
      return;
    }
    if (Math.random() < faults.malformedRate) {
      // A reply that parses as JSON but fits no schema: what a half-deployed platform might send.
      send(response, 200, { status: "OK", message: "Success", data: "???", access_token: null });
      return;
    }
    send(response, 200, reply);
  }

  async function handleControl(path: string, request: IncomingMessage, response: ServerResponse) {
    const method = request.method ?? "GET";
    refuseCrossSite(request);
    const dossierRoute = /^\/dossiers\/([^/]+)(?:\/(quote-answer|information))?$/.exec(path);
    if (method === "GET" && path === "/health") return send(response, 200, ok({ dossiers: store.count(), reference: store.getMeta("reference") }));
    if (method === "GET" && path === "/faults") return send(response, 200, ok(faults));
    if (method === "GET" && path === "/profile") return send(response, 200, ok({ profile: state.profile }));
    if (method === "GET" && path === "/stats") return send(response, 200, ok(stats));
    // The demo's past, for Atelier's own records in simulator mode; `reference` changes on every reset.
    if (method === "GET" && path === "/story") return send(response, 200, ok({ reference: store.getMeta("reference"), ...store.story() }));
    if (method === "GET" && path === "/applied") {
      const url = new URL(request.url ?? "/", "http://sim");
      return send(response, 200, ok(store.applied(url.searchParams.get("dossier") ?? "")));
    }
    if (method === "GET" && path === "/requests") {
      const url = new URL(request.url ?? "/", "http://sim");
      return send(response, 200, ok(store.requests(url.searchParams.get("route") ?? "", Number(url.searchParams.get("limit") ?? 50))));
    }
    if (method === "GET" && dossierRoute && !dossierRoute[2]) return send(response, 200, ok(rules.details(decodeURIComponent(dossierRoute[1]!))));
    if (method !== "POST") throw new HttpProblem(404, "Route de contrôle inconnue");
    // A form or a no-cors fetch from any page can send text/plain without a preflight; JSON it cannot.
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") throw new HttpProblem(415, "Les routes de contrôle n'acceptent que application/json");
    const body = await readJson(request);
    if (path === "/faults") {
      Object.assign(faults, parse(faultsPatch, body));
      return send(response, 200, ok(faults));
    }
    if (path === "/profile") {
      state.profile = parse(profileBody, body).profile;
      return send(response, 200, ok({ profile: state.profile }));
    }
    if (path === "/tokens/revoke") {
      store.revokeTokens();
      return send(response, 200, ok(null));
    }
    if (path === "/reset") {
      rules.reset(parse(resetBody, body).count ?? options.dossierCount);
      return send(response, 200, ok({ dossiers: store.count() }));
    }
    if (path === "/dossiers") return send(response, 200, ok(rules.createDossier(parse(createDossierBody, body))));
    if (dossierRoute?.[2] === "quote-answer") {
      const answer = parse(quoteAnswerBody, body);
      return send(response, 200, ok(rules.answerQuote(decodeURIComponent(dossierRoute[1]!), answer.answer, answer.answer === "RDE" ? answer.treatment : undefined)));
    }
    if (dossierRoute?.[2] === "information") {
      return send(response, 200, ok(rules.answerInformation(decodeURIComponent(dossierRoute[1]!), parse(informationBody, body).text)));
    }
    throw new HttpProblem(404, "Route de contrôle inconnue");
  }

  /**
   * The control routes reset and steer a demo: only Atelier's server and the tests call them, never a page.
   * A browser names the page's origin (Origin, Sec-Fetch-Site); one that is not the simulator's own is refused.
   */
  function refuseCrossSite(request: IncomingMessage) {
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    if ((origin !== undefined && origin !== `http://${request.headers.host}`) || (site !== undefined && site !== "same-origin" && site !== "none")) {
      throw new HttpProblem(403, "Routes de contrôle refusées depuis un autre site");
    }
  }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://sim");
    try {
      if (url.pathname.startsWith("/api/")) {
        if (request.method !== "POST") throw new HttpProblem(405, "Toutes les routes de l'API sont en POST");
        await handleApi(url.pathname.slice("/api/".length), url, request, response);
      } else if (url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
        await handleControl(url.pathname.slice(CONTROL_PREFIX.length), request, response);
      } else {
        throw new HttpProblem(404, "Introuvable");
      }
    } catch (error) {
      if (error instanceof HttpProblem || error instanceof SimRefusal) send(response, error.httpStatus, ko(error.message));
      else {
        console.error("simulateur :", error);
        send(response, 500, ko("Erreur interne du simulateur"));
      }
    }
  });

  return {
    store,
    rules,
    faults,
    stats,
    server,
    setProfile: (profile: Profile) => {
      state.profile = profile;
    },
    async listen(port: number, host = "127.0.0.1"): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, resolve);
      });
      const address = server.address() as AddressInfo;
      return `http://${host}:${address.port}`;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}
