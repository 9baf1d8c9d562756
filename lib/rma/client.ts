import "server-only";
// The RMA Manager API client: one typed function per route of the document. Holds the token; never
// import it from a client component (server-only makes that a build error).
import { z } from "zod";
import type { StatusCode } from "./constants";
import {
  fromWireDocument,
  toAcceptRequest,
  toAddDocumentRequest,
  toMessageRequest,
  toQuotationRequest,
  toRefuseRequest,
  toStatusRequest,
  toTrackingRequest,
} from "./mapping";
import { dossierCollector } from "./read-dossiers";
import type {
  AcceptInput,
  AddDocumentInput,
  Dossier,
  MessageInput,
  QuotationInput,
  RefuseInput,
  RetrieveResult,
  RmaDocument,
  StatusInput,
  TrackingInput,
} from "./model";
import { createTokenSource } from "./token";
import { spillCollector, type SpilledList } from "./spill";
import { authenticatedCall, authenticatedList, type RmaLogger, type TransportOptions } from "./transport";
import { RmaError } from "./errors";
import {
  acceptRequest,
  addDocumentRequest,
  documentsReplyData,
  documentsRequest,
  messageRequest,
  quotationRequest,
  refuseRequest,
  statusRequest,
  trackingRequest,
  writeReplyData,
} from "./wire";

export interface RmaClientConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  readRetries?: number;
  retryBaseDelayMs?: number;
  maxRetryAfterMs?: number;
  renewBeforeMs?: number;
  log?: RmaLogger;
  onReachability?: (reachable: boolean) => void;
  now?: () => number;
}

export type RmaClient = ReturnType<typeof createRmaClient>;

export function createRmaClient(config: RmaClientConfig) {
  const transport: TransportOptions = {
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs ?? 15_000,
    readRetries: config.readRetries ?? 3,
    retryBaseDelayMs: config.retryBaseDelayMs ?? 250,
    maxRetryAfterMs: config.maxRetryAfterMs ?? 30_000,
    log: config.log ?? (() => {}),
    onReachability: config.onReachability,
  };
  const tokens = createTokenSource(transport, {
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    renewBeforeMs: config.renewBeforeMs ?? 60_000,
    now: config.now,
  });

  /** Our own request is checked before it leaves, so a bad input is a validation error, not a 400. */
  function checked<T>(route: string, schema: z.ZodType<T>, body: T): T {
    const result = schema.safeParse(body);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new RmaError({ kind: "validation", route, field: issue?.path.join(".") ?? null, platformMessage: issue?.message });
    }
    return result.data;
  }

  async function write(route: string, schema: z.ZodType<unknown>, body: unknown): Promise<unknown> {
    return authenticatedCall(transport, tokens, { route, kind: "write", body: checked(route, schema, body), data: writeReplyData });
  }

  return {
    /** 3.1: the current access token (cached; exposed for the integrators' CLI check). */
    token: () => tokens.get(),
    /** 3.2 */
    accept: (input: AcceptInput) => write("demands/accept", acceptRequest, toAcceptRequest(input)),
    /** 3.3 */
    refuse: (input: RefuseInput) => write("demands/refuse", refuseRequest, toRefuseRequest(input)),
    /** 3.4 */
    message: (input: MessageInput) => write("demands/message", messageRequest, toMessageRequest(input)),
    /** 3.5 */
    status: (input: StatusInput) => write("demands/status", statusRequest, toStatusRequest(input)),
    /** 3.6 */
    tracking: (input: TrackingInput) => write("demands/tracking", trackingRequest, toTrackingRequest(input)),
    /** 3.7 */
    addDocument: (input: AddDocumentInput) => write("demands/adddocument", addDocumentRequest, toAddDocumentRequest(input)),
    /** 3.8 */
    quotation: (input: QuotationInput) => write("demands/quotation", quotationRequest, toQuotationRequest(input)),
    /** 3.9: the dossiers now at `status`, each read on its own; those that do not fit come back apart. */
    async retrieveList(status: StatusCode | string): Promise<RetrieveResult> {
      // Read as it arrives: a status may hold 100,000 dossiers, and only what fits is kept of each.
      return authenticatedList(transport, tokens, { route: "demands/retrieverequests", kind: "read", query: { status }, collector: dossierCollector });
    },
    /** 3.9 for the sync: the same, the dossiers that fit kept in a temporary file rather than in memory. */
    async retrieveSpilled(status: StatusCode | string, hooks: { onThrottled?: () => void } = {}): Promise<SpilledList> {
      return authenticatedList(transport, tokens, { route: "demands/retrieverequests", kind: "read", query: { status }, collector: spillCollector, onThrottled: hooks.onThrottled });
    },
    /** 3.9, the well-formed dossiers only. */
    async retrieveRequests(status: StatusCode | string): Promise<Dossier[]> {
      return (await this.retrieveList(status)).dossiers;
    },
    /** 3.10 */
    async documents(demandNumber: string): Promise<RmaDocument[]> {
      const route = "demands/documents";
      const data = await authenticatedCall(transport, tokens, {
        route,
        kind: "read",
        body: checked(route, documentsRequest, { demand_number: demandNumber }),
        data: documentsReplyData,
      });
      return data.map(fromWireDocument);
    },
  };
}
