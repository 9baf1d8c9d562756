import "server-only";
// One wrapper for every server action and route handler, always in the same order:
// schema → session → permission → a small function with { ctx, input } → a small result in one shape.
// A server action is a public POST endpoint: this is the check, not the page that shows the button.
import { headers } from "next/headers";
import { z } from "zod";
import { currentUser } from "@/lib/auth/current-user";
import type { Ctx, SessionUser } from "@/lib/context";
import { can, type Permission } from "@/lib/auth/permissions";
import { HTTP_STATUS, isServiceError, type ActionError, type ActionResult } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { isRmaError } from "@/lib/rma/errors";
import { forCentre } from "@/lib/tenancy/context";
import { outboxDeps } from "@/lib/outbox/runtime";
import { userCentre } from "@/lib/tenancy/user-centre";
import { errorField, log } from "@/lib/log/logger";

export type { Ctx };

export interface ActionDefinition<S extends z.ZodType, T> {
  /** Names the action in logs. */
  name: string;
  schema: S;
  permission: Permission;
  run: (args: { ctx: Ctx; input: z.output<S> }) => Promise<T> | T;
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

export function toActionError(error: unknown, name: string): ActionError {
  if (isServiceError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors, ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}) };
  if (isRmaError(error)) {
    const refused = error.kind === "refused" || error.kind === "validation" || error.kind === "not_found";
    return {
      code: refused ? "conflict" : "upstream",
      message: refused ? fr.errors.platformRefused(error.platformMessage) : fr.errors.platformUnavailable,
    };
  }
  log.error({ event: "action.failed", action: name, error: errorField(error) });
  return { code: "internal", message: fr.errors.internal };
}

/**
 * The whole sequence, with the user given: what the wrapper runs. The request's context is built here,
 * once: the user's centre, its database and its outbox.
 */
export async function runAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>, raw: unknown, user: SessionUser | null): Promise<ActionResult<T>> {
  const parsed = definition.schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
  // A caller without a session or without the permission learns nothing, not even which fields are wrong.
  if (!user) return { ok: false, error: { code: "unauthenticated", message: fr.errors.unauthenticated } };
  if (!can(user.role, definition.permission)) return { ok: false, error: { code: "forbidden", message: fr.errors.forbidden } };
  if (!parsed.success) return { ok: false, error: { code: "invalid", message: fr.errors.invalid, fieldErrors: fieldErrors(parsed.error) } };
  const started = Date.now();
  let centreSlug = "";
  const done = async <R extends ActionResult<T>>(result: R): Promise<R> => {
    log.info({ event: "action", action: definition.name, requestId: await requestId(), centre: centreSlug || "principal", user: user.id, outcome: result.ok ? "ok" : result.error.code, ms: Date.now() - started });
    return result;
  };
  try {
    const centre = await userCentre(user);
    centreSlug = centre.slug;
    const ctx: Ctx = { db: centre.db, user, now: new Date(), centre, outbox: outboxDeps(centre) };
    const data = await forCentre(user.centreId, () => definition.run({ ctx, input: parsed.data }));
    return done({ ok: true, data });
  } catch (error) {
    return done({ ok: false, error: toActionError(error, definition.name) });
  }
}

/** The id scripts/serve.mjs gave the request (X-Request-Id), which its own log line of it carries too. */
async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined; // outside a request: the terminal, a test
  }
}

/** A server action: `export const createUser = defineAction({...})` in a "use server" file. */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<T>> => runAction(definition, raw, await currentUser());
}

/**
 * A request that changes something comes from Atelier's own pages, as Next.js requires of server actions:
 * a cross-site Origin (or, without one, a browser saying "cross-site") is refused before anything else.
 * A machine without a browser sends neither, and has no session cookie to ride anyway.
 */
export function sameOrigin(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A route handler with the same checks; the error code becomes the HTTP status (401, 403, 400, 413…).
 * The session and the permission are checked before the body is read: a stranger's upload is refused
 * before its first byte is taken in.
 */
export function defineRoute<S extends z.ZodType, T, P = Record<string, string>>(
  definition: ActionDefinition<S, T> & {
    input: (request: Request, params: P) => Promise<unknown> | unknown;
    respond?: (data: T) => Response;
  },
) {
  const fail = (error: ActionError) =>
    Response.json({ error }, { status: HTTP_STATUS[error.code], headers: error.retryAfter !== undefined ? { "Retry-After": String(error.retryAfter) } : undefined });
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    if (!sameOrigin(request)) return fail({ code: "forbidden", message: fr.errors.forbidden });
    const user = await currentUser();
    if (!user) return fail({ code: "unauthenticated", message: fr.errors.unauthenticated });
    if (!can(user.role, definition.permission)) return fail({ code: "forbidden", message: fr.errors.forbidden });
    const params = context?.params ? await context.params : ({} as P);
    let raw: unknown;
    try {
      raw = await definition.input(request, params);
    } catch (error) {
      return fail(toActionError(error, definition.name));
    }
    const result = await runAction(definition, raw, user);
    if (!result.ok) return fail(result.error);
    return definition.respond ? definition.respond(result.data) : Response.json({ data: result.data });
  };
}
