// One error type for everything the RMA client can fail with, so callers branch on `kind`, never on text.
import { frOps } from "@/lib/i18n/fr-ops";

export const RMA_ERROR_KINDS = [
  "auth", // credentials refused, or a token still refused after one renewal
  "validation", // the platform (HTTP 400/422) or our own schema refused the request's content
  "not_found", // unknown dossier or route (HTTP 404)
  "refused", // the platform understood and said no: a non-OK envelope, HTTP 403/409
  "upstream", // the platform failed: HTTP 429 or 5xx
  "network", // no HTTP answer at all
  "timeout", // no answer within the configured delay
  "bad_reply", // an answer that does not fit its schema
] as const;
export type RmaErrorKind = (typeof RMA_ERROR_KINDS)[number];

export class RmaError extends Error {
  readonly kind: RmaErrorKind;
  readonly route: string;
  readonly httpStatus: number | null;
  /** The platform's own message, when it gave one; never holds a token or file contents. */
  readonly platformMessage: string | null;
  /** For bad_reply and validation: the path of the offending field, e.g. "data.0.current_status_code". */
  readonly field: string | null;
  /** The answer was not JSON (an HTML page from a proxy, say); nothing of it is kept. */
  readonly nonJson: boolean;
  /** The Retry-After header of a 429/503, as sent. */
  readonly retryAfter: string | null;
  /**
   * The request surely never reached the platform, or was surely not applied: connection refused, a name
   * that does not resolve, no token to send it with, a 401, a 429, a 503 that says when to come back.
   * Anything else after the request left (another 5xx, a timeout, a reset, an answer that is not JSON)
   * leaves its outcome unknown.
   */
  readonly notSent: boolean;

  constructor(init: {
    kind: RmaErrorKind;
    route: string;
    httpStatus?: number | null;
    platformMessage?: string | null;
    field?: string | null;
    nonJson?: boolean;
    retryAfter?: string | null;
    notSent?: boolean;
    cause?: unknown;
  }) {
    const detail = [init.nonJson && frOps.platform.nonJson(init.httpStatus), init.platformMessage, init.field && frOps.platform.field(init.field)]
      .filter(Boolean)
      .join(", ");
    super(`RMA ${init.route}: ${init.kind}${init.httpStatus ? ` (HTTP ${init.httpStatus})` : ""}${detail ? `: ${detail}` : ""}`, {
      cause: init.cause,
    });
    this.name = "RmaError";
    this.kind = init.kind;
    this.route = init.route;
    this.httpStatus = init.httpStatus ?? null;
    this.platformMessage = init.platformMessage ?? null;
    this.field = init.field ?? null;
    this.nonJson = init.nonJson ?? false;
    this.retryAfter = init.retryAfter ?? null;
    this.notSent = init.notSent ?? surelyNotApplied(init.kind, init.httpStatus ?? null, init.retryAfter ?? null);
  }

  /** The same error, known not to have reached the platform. */
  asNotSent(): RmaError {
    return new RmaError({ ...this, platformMessage: this.platformMessage, notSent: true, cause: this.cause });
  }

  /** Whether trying the same read again later may succeed. Writes are never retried by the client. */
  get transient(): boolean {
    return this.kind === "network" || this.kind === "timeout" || this.kind === "upstream";
  }
}

/**
 * By shape as well as by class: Next.js may bundle this module more than once (server actions, route
 * handlers), and an error from one copy is not an instance of the other's class.
 */
export function isRmaError(value: unknown): value is RmaError {
  return value instanceof RmaError || (value instanceof Error && value.name === "RmaError" && typeof (value as { kind?: unknown }).kind === "string");
}

/** A reply that says the request was not carried out, whatever the route. */
function surelyNotApplied(kind: RmaErrorKind, httpStatus: number | null, retryAfter: string | null): boolean {
  if (httpStatus === 401 || httpStatus === 429) return true;
  if (httpStatus === 503 && retryAfter !== null) return true;
  return kind === "auth";
}

/** HTTP status of a failed reply to the kind we report. */
export function kindForHttpStatus(status: number): RmaErrorKind {
  if (status === 401) return "auth";
  if (status === 404) return "not_found";
  if (status === 400 || status === 422) return "validation";
  if (status === 429 || status >= 500) return "upstream";
  return "refused";
}

/**
 * The platform's message out of an error body, whatever its shape.
 * ASSUMPTION: the document never shows an error. We accept {message: "..."}, {message: {field: "..."}},
 * {error: "..."}, {error_description: "..."} (OAuth style, likely on token/create) or a plain-text body.
 */
export function platformMessageOf(body: unknown): string | null {
  if (typeof body === "string") return body.trim().slice(0, 500) || null;
  if (!body || typeof body !== "object") return null;
  const record = body as Record<string, unknown>;
  for (const key of ["message", "error_description", "error"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 500);
    if (value && typeof value === "object") {
      const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`);
      if (parts.length) return parts.join("; ").slice(0, 500);
    }
  }
  return null;
}
