// The one error shape between the server and the screen. Service verbs throw ServiceError; the action
// wrapper turns it (and anything else) into an ActionError; the client parses that one shape.

export const ERROR_CODES = ["unauthenticated", "forbidden", "invalid", "too_large", "not_found", "conflict", "busy", "upstream", "unavailable", "internal"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ActionError {
  code: ErrorCode;
  /** French, for the person at the screen. */
  message: string;
  /** French, per form field. */
  fieldErrors?: Record<string, string>;
  /** For "busy": seconds before asking again is worth it (the route's Retry-After). */
  retryAfter?: number;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

/** HTTP status of an error code, for route handlers. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  too_large: 413,
  not_found: 404,
  conflict: 409,
  busy: 429,
  upstream: 502,
  unavailable: 503,
  internal: 500,
};

/** By shape as well as by class (see isRmaError: Next.js may load this module more than once). */
export function isServiceError(value: unknown): value is ServiceError {
  return value instanceof ServiceError || (value instanceof Error && value.name === "ServiceError" && typeof (value as { code?: unknown }).code === "string");
}
