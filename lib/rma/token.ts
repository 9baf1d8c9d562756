// The access token of token/create (3.1): fetched once per process, shared by concurrent callers,
// renewed a minute before it runs out.
import { tokenReply, type TokenRequest } from "./wire";
import { platformMessageOf, RmaError } from "./errors";
import { httpError, issuePath, postJson, type TransportOptions } from "./transport";
import { frOps } from "@/lib/i18n/fr-ops";
import { metrics } from "@/lib/metrics/metrics";

export interface TokenSource {
  get(): Promise<string>;
  /** Drops the cached token if it is still `token` (another caller may already have renewed it). */
  invalidate(token: string): void;
}

export interface TokenOptions {
  clientId: string;
  clientSecret: string;
  /** Renew this long before expires_in runs out. */
  renewBeforeMs: number;
  now?: () => number;
}

export const TOKEN_ROUTE = "token/create";
const CREDENTIALS_REFUSED = frOps.platform.credentialsRefused;

export function createTokenSource(transport: TransportOptions, options: TokenOptions): TokenSource {
  const now = options.now ?? Date.now;
  let cached: { token: string; renewAt: number } | null = null;
  let inFlight: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const body: TokenRequest = {
      client_secret: options.clientSecret,
      client_id: options.clientId,
      grant_type: "client_credentials",
    };
    const reply = await postJson(transport, TOKEN_ROUTE, { body });
    // ASSUMPTION: token/create answers refused credentials with a 400 (OAuth's invalid_client) or a 401;
    // both are an authentication error that names the credentials, never a validation error.
    if (reply.httpStatus === 400 || reply.httpStatus === 401) {
      const said = reply.json ? platformMessageOf(reply.body) : null;
      throw new RmaError({ kind: "auth", route: TOKEN_ROUTE, httpStatus: reply.httpStatus, platformMessage: `${CREDENTIALS_REFUSED}${said ? ` (${said})` : ""}` });
    }
    if (reply.httpStatus < 200 || reply.httpStatus >= 300) throw httpError(TOKEN_ROUTE, reply);
    if (!reply.json) throw new RmaError({ kind: "bad_reply", route: TOKEN_ROUTE, httpStatus: reply.httpStatus, nonJson: true });
    // ASSUMPTION: the document shows a bare token object; should the platform wrap it in its usual
    // envelope one day, we read it from `data` as well.
    const candidate =
      reply.body && typeof reply.body === "object" && "data" in reply.body && !("access_token" in reply.body)
        ? (reply.body as { data: unknown }).data
        : reply.body;
    const parsed = tokenReply.safeParse(candidate);
    if (!parsed.success) {
      throw new RmaError({ kind: "bad_reply", route: TOKEN_ROUTE, httpStatus: reply.httpStatus, field: issuePath(parsed.error, "") });
    }
    metrics().tokenRefreshes.inc();
    const lifetimeMs = parsed.data.expires_in * 1000;
    cached = { token: parsed.data.access_token, renewAt: now() + Math.max(lifetimeMs - options.renewBeforeMs, lifetimeMs / 2) };
    return parsed.data.access_token;
  }

  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      if (!inFlight) {
        inFlight = fetchToken().finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
