import "server-only";
// The process-wide RMA client, configured from the environment. Everything in the app goes through it.
import { config } from "../config/env";
import { createRmaClient, type RmaClient } from "./client";
import { recordReachability } from "./reachability";

// ASSUMPTION: the document says a token lives 3600 s, not that a new one ends the others. Each instance of
// Atelier (several on one PostgreSQL) holds a token of its own, all alive at once. Should token/create end
// the previous one, the client's renewal on a 401 still serves every call, at one more token/create each time.
const globalForRma = globalThis as unknown as { atelierRma?: RmaClient };

export function rma(): RmaClient {
  globalForRma.atelierRma ??= createRmaClient({
    ...config().rma,
    // Route, HTTP status and duration only: no header, no body, so no token, secret or file.
    log: (line) => console.info(line),
    onReachability: (reachable) => recordReachability(reachable),
  });
  return globalForRma.atelierRma;
}

export { RmaError, isRmaError } from "./errors";
export type { RmaErrorKind } from "./errors";
export type * from "./model";
