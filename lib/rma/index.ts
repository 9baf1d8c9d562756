import "server-only";
// The process-wide RMA client, configured from the environment. Everything in the app goes through it.
import { config } from "../config/env";
import { createRmaClient, type RmaClient } from "./client";
import { recordReachability } from "./reachability";

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
