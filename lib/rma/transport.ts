// The wire layer: one POST to the platform with timeout, bearer token, 401 renewal, read retries,
// envelope and schema checks, and log lines that never carry a token, a secret or a body.
import { z } from "zod";
import { envelope as envelopeSchema } from "./wire";
import { parseJsonKeepingDigits } from "./json-text";
import { jsonBody } from "./json-body";
import { ListScanner, type ListScan } from "./list-stream";
import { RmaError, isRmaError, kindForHttpStatus, platformMessageOf } from "./errors";
import type { TokenSource } from "./token";
import { metrics } from "@/lib/metrics/metrics";

export type RmaLogger = (line: string) => void;

export interface TransportOptions {
  /** Base URL ending in /api/, e.g. https://preprod-rma-manager.monsav.com/api/ */
  baseUrl: string;
  timeoutMs: number;
  /** Retries of a read after the first attempt (network error, timeout, 429, 5xx). */
  readRetries: number;
  /** First backoff delay; doubles on each retry, plus up to as much random jitter. */
  retryBaseDelayMs: number;
  /** The longest Retry-After a read waits for; past it the read fails now (the next sync round tries again). */
  maxRetryAfterMs: number;
  log: RmaLogger;
  /** Told after every exchange whether the platform answered (any answer but 429/5xx counts as up). */
  onReachability?: (reachable: boolean) => void;
}

export interface CallSpec<T> {
  route: string;
  /** Reads are retried on transient failures; writes never are (the outbox owns that decision). */
  kind: "read" | "write";
  body?: unknown;
  query?: Record<string, string>;
  data: z.ZodType<T>;
  /** Told each time the platform answers 429 to this call, before it is tried again or given up. */
  onThrottled?: () => void;
}

/**
 * A list read as it arrives (lib/rma/list-stream.ts): each element of the reply's `data` goes to `add` as
 * its own JSON text, to a fresh collector for each attempt, and `result` is what the call returns.
 */
export interface ListCollector<R> {
  add(json: string): void;
  result(): R;
  /** This attempt's elements will not be used (a retry starts the list again, or the call failed). */
  discard?(): void;
}
export interface ListCallSpec<R> extends Omit<CallSpec<unknown>, "data"> {
  collector: () => ListCollector<R>;
}

/** `json` is false when the body was not JSON (an HTML error page from a proxy, say): `body` is then its text. */
type RawReply = { httpStatus: number; body: unknown; json: boolean; retryAfter: string | null; list?: ListScan };

export function endpoint(baseUrl: string, route: string, query?: Record<string, string>): string {
  const url = new URL(route, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

function observeCall(route: string, status: string, started: number) {
  const m = metrics();
  m.platformCalls.inc({ route, status });
  m.platformSeconds.observe({ route }, (Date.now() - started) / 1000);
}

/** One HTTP POST; a timeout or a network failure becomes an RmaError, any HTTP status is returned. */
export async function postJson(
  options: Pick<TransportOptions, "baseUrl" | "timeoutMs" | "log" | "onReachability">,
  route: string,
  init: { body?: unknown; query?: Record<string, string>; token?: string; onElement?: (json: string) => void },
): Promise<RawReply> {
  const started = Date.now();
  const headers: Record<string, string> = { Accept: "application/json" };
  // Built for each sending: a body whose files stream can be read once.
  const payload = init.body === undefined ? undefined : jsonBody(init.body);
  if (payload) {
    headers["Content-Type"] = "application/json";
    headers["Content-Length"] = String(payload.length);
  }
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(endpoint(options.baseUrl, route, init.query), {
      method: "POST",
      headers,
      body: payload?.body,
      ...(payload && typeof payload.body !== "string" ? { duplex: "half" as const } : {}),
      signal: AbortSignal.timeout(options.timeoutMs),
      cache: "no-store",
      // A redirect would re-send the bearer token, or token/create's client secret, to its Location.
      redirect: "error",
    });
  } catch (cause) {
    const timedOut = cause instanceof DOMException && (cause.name === "TimeoutError" || cause.name === "AbortError");
    const code = networkCode(cause);
    options.log(`rma ${route} ${timedOut ? "timeout" : `network-error${code ? ` ${code}` : ""}`} ${Date.now() - started}ms`);
    observeCall(route, timedOut ? "timeout" : "network", started);
    options.onReachability?.(false);
    throw new RmaError({ kind: timedOut ? "timeout" : "network", route, cause: timedOut ? undefined : cause, notSent: code !== null && NEVER_CONNECTED.has(code) });
  }
  let text: string;
  let list: ListScan | undefined;
  try {
    if (init.onElement && response.body) {
      const scanner = new ListScanner(init.onElement);
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) scanner.push(decoder.decode(chunk.value, { stream: true }));
      scanner.push(decoder.decode());
      list = scanner.end();
      text = list.skeleton;
    } else {
      text = await response.text();
    }
  } catch (cause) {
    const timedOut = cause instanceof DOMException && (cause.name === "TimeoutError" || cause.name === "AbortError");
    throw new RmaError({ kind: timedOut ? "timeout" : "network", route, httpStatus: response.status });
  }
  options.log(`rma ${route} ${response.status} ${Date.now() - started}ms`);
  observeCall(route, String(response.status), started);
  options.onReachability?.(response.status !== 429 && response.status < 500);
  let body: unknown = text;
  let json = true;
  try {
    body = text ? parseJsonKeepingDigits(text) : null;
  } catch {
    json = false;
  }
  return { httpStatus: response.status, body, json, retryAfter: response.headers.get("retry-after"), list };
}

/** Failures that happen before a single byte of the request reaches a server. */
const NEVER_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** The system error code behind a fetch failure (undici wraps it in `cause`). */
function networkCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("E")) return code;
  }
  return null;
}

/** The route's error for a non-2xx reply. */
export function httpError(route: string, reply: RawReply): RmaError {
  return new RmaError({
    kind: kindForHttpStatus(reply.httpStatus),
    route,
    httpStatus: reply.httpStatus,
    // A page that is not JSON is not the platform speaking: its HTML is never shown.
    platformMessage: reply.json ? platformMessageOf(reply.body) : null,
    nonJson: !reply.json,
    retryAfter: reply.retryAfter,
  });
}

/** Zod issue path as "data.0.field". */
export function issuePath(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  return [prefix, ...(issue?.path ?? [])].filter((p) => p !== "").join(".");
}

/** Checks a 2xx reply: the envelope, its status, then `data` against the route's schema. */
export function unwrapEnvelope<T>(route: string, reply: RawReply, data: z.ZodType<T>): T {
  if (!reply.json) throw new RmaError({ kind: "bad_reply", route, httpStatus: reply.httpStatus, nonJson: true });
  const env = envelopeSchema.safeParse(reply.body);
  if (!env.success) {
    throw new RmaError({ kind: "bad_reply", route, httpStatus: reply.httpStatus, field: issuePath(env.error, "") || "status" });
  }
  if (env.data.status.toUpperCase() !== "OK") {
    throw new RmaError({
      kind: "refused",
      route,
      httpStatus: reply.httpStatus,
      platformMessage: platformMessageOf(env.data) ?? env.data.status,
    });
  }
  const parsed = data.safeParse(env.data.data);
  if (!parsed.success) {
    throw new RmaError({ kind: "bad_reply", route, httpStatus: reply.httpStatus, field: issuePath(parsed.error, "data") });
  }
  return parsed.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** attempt;
  return exponential + Math.floor(random() * exponential);
}

/**
 * A Retry-After header as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null
 * when absent or unreadable. A date already past means "now".
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function isRetryable(error: RmaError): boolean {
  return error.kind === "network" || error.kind === "timeout" || error.kind === "upstream";
}

/** An authenticated call: token, one renewal on 401, envelope check, retries for reads only. */
export function authenticatedCall<T>(options: TransportOptions, tokens: TokenSource, spec: CallSpec<T>): Promise<T> {
  return withRetries(options, spec, async () => {
    const reply = await exchange(options, tokens, spec);
    return unwrapEnvelope(spec.route, reply, spec.data);
  });
}

/** What `data` is in a list's skeleton: its brackets emptied (or null, or absent). */
const emptiedList = z.union([z.array(z.never()).length(0), z.record(z.string(), z.never()), z.null(), z.undefined()]);

/** An authenticated read of a list, parsed as it arrives: each element to the spec's collector. */
export function authenticatedList<R>(options: TransportOptions, tokens: TokenSource, spec: ListCallSpec<R>): Promise<R> {
  return withRetries(options, spec, async () => {
    let collector: ListCollector<R> | null = null;
    try {
      const reply = await exchange(options, tokens, spec, () => {
        collector?.discard?.();
        const fresh = spec.collector();
        collector = fresh;
        return (json) => fresh.add(json);
      });
      unwrapEnvelope(spec.route, reply, emptiedList);
      // An object keyed by index is a list only if every value is an object (lib/rma/wire.ts, retrieveReplyData).
      if (reply.list && reply.list.nonObjectValues > 0) throw new RmaError({ kind: "bad_reply", route: spec.route, httpStatus: reply.httpStatus, field: "data" });
      return (collector ?? spec.collector()).result();
    } catch (error) {
      (collector as ListCollector<R> | null)?.discard?.();
      throw error;
    }
  });
}

async function withRetries<T>(options: TransportOptions, spec: Pick<CallSpec<unknown>, "kind" | "route" | "onThrottled">, once: () => Promise<T>): Promise<T> {
  const attempts = spec.kind === "read" ? options.readRetries + 1 : 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await once();
    } catch (error) {
      if (isRmaError(error) && error.httpStatus === 429) spec.onThrottled?.();
      const last = attempt + 1 >= attempts;
      if (last || !isRmaError(error) || !isRetryable(error)) throw error;
      // The platform's own word on when to come back wins over our backoff; a wait longer than we may
      // spend fails the read now rather than holding the sync past its round.
      const asked = retryAfterMs(error.retryAfter);
      if (asked !== null && asked > options.maxRetryAfterMs) throw error;
      const delay = Math.max(asked ?? 0, backoffDelay(attempt, options.retryBaseDelayMs));
      options.log(`rma ${spec.route} retry ${attempt + 1}/${attempts - 1} in ${delay}ms (${error.kind})`);
      await sleep(delay);
    }
  }
}

/** A token, or an error saying the request never left: without a token, nothing was sent. */
async function tokenFor(tokens: TokenSource): Promise<string> {
  try {
    return await tokens.get();
  } catch (error) {
    throw isRmaError(error) ? error.asNotSent() : error;
  }
}

/** One exchange with a token, renewed once on a 401; a 2xx reply, or the route's error. */
async function exchange(options: TransportOptions, tokens: TokenSource, spec: Omit<CallSpec<unknown>, "data">, elements?: () => (json: string) => void): Promise<RawReply> {
  let token = await tokenFor(tokens);
  let reply = await postJson(options, spec.route, { body: spec.body, query: spec.query, token, onElement: elements?.() });
  if (reply.httpStatus === 401) {
    // The token may have been revoked or expired early: renew once and try once more (a list starts again).
    tokens.invalidate(token);
    token = await tokenFor(tokens);
    reply = await postJson(options, spec.route, { body: spec.body, query: spec.query, token, onElement: elements?.() });
  }
  if (reply.httpStatus < 200 || reply.httpStatus >= 300) throw httpError(spec.route, reply);
  return reply;
}
