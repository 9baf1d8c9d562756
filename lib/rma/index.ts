import "server-only";
// A centre's RMA client (lib/tenancy builds one per centre, the environment's from RMA_*). Everything in
// the app reaches the platform through the client of the centre it works for.
import { config } from "../config/env";
import { createRmaClient, type RmaClient } from "./client";
import { createReachability, type Reachability } from "./reachability";
import { log } from "@/lib/log/logger";

// ASSUMPTION: the document says a token lives 3600 s, not that a new one ends the others. Each instance of
// Atelier (several on one PostgreSQL) holds a token of its own, all alive at once. Should token/create end
// the previous one, the client's renewal on a 401 still serves every call, at one more token/create each time.
export function platformClient(
  credentials: { baseUrl: string; clientId: string; clientSecret: string },
  label: string,
): { client: RmaClient; reachability: Reachability } {
  const reachability = createReachability();
  const client = createRmaClient({
    ...credentials,
    timeoutMs: config().rma.timeoutMs,
    // Route, HTTP status and duration only: no header, no body, so no token, secret or file.
    log: (line) => log.debug({ event: "platform.call", centre: label || "principal" }, line),
    onReachability: (reachable) => reachability.record(reachable),
  });
  return { client, reachability };
}

export { RmaError, isRmaError } from "./errors";
export type { RmaClient };
export type { RmaErrorKind } from "./errors";
export type * from "./model";
