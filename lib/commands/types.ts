// The shape every command of lib/commands/ fills: one file a verb, holding its input, the document's rule,
// the call, the effect on the mirror once applied, and how an unknown outcome is checked. Pure: the forms
// import these files for their schemas, so nothing here reaches the database or the network itself; the
// outbox hands each hook what it needs.
import type { z } from "zod";
import type { OutboxKind } from "@/db/schema/outbox";
import type { RmaClient } from "@/lib/rma/client";
import type { DossierFacts, LocalRecord } from "@/lib/workflows/transitions";

/** A file of a command: its bytes stay in `uploads`; the command keeps what identifies them. */
export interface FileRef {
  uploadId: string;
  name: string;
  size: number;
  sha256: string;
  contentType: string;
}

/** Why the document's rules refuse a command now; lib/i18n says it in French. */
export type Refusal = "only_at_rmad" | "accept_first" | "status_hidden";

export interface SendApi {
  client: RmaClient;
  /** The bytes of an uploaded file. */
  bytes(file: FileRef): Promise<Uint8Array>;
}

export interface EffectApi {
  /** A status the document says the write sets (accept, refuse, status). */
  setStatus(code: string, comment: string | null): Promise<void>;
  setFields(fields: { agreementNumber?: string; trackingNumber?: string; carrierName?: string }): Promise<void>;
  markAccepted(): Promise<void>;
  recordQuote(quote: { quoteNumber: string; lines: Array<{ label: string; quantity: number; unitPriceCents: number }>; comment: string | null }): Promise<void>;
}

/** What the platform shows after an unknown outcome, read fresh, with the history recorded since the first send. */
export interface Evidence {
  /** The platform's status before the first send (Atelier's mirror then). */
  beforeStatus: string | null;
  /** The dossier as the platform shows it now; null when the read did not find it. */
  now: { statusCode: string; trackingNumber: string | null } | null;
  /** The statuses the dossier was seen moving to (sync or push) since the first send, oldest first. */
  seen: readonly string[];
  /** A status change to one of `codes` was seen since the first send. */
  changedTo(codes: readonly string[]): boolean;
  /** Any status change was seen since the first send. */
  changedSince(): boolean;
  /** Documents the platform holds that match (by name when given, size and content hash). */
  matchingDocuments(match: { name?: string; size: number; sha256: string }): Promise<number>;
  /** For commands with a baseline: the matching count before the first send, if it was read. */
  baselineCount: number | null;
}

/**
 * applied: the effect is seen; not-applied: the platform shows it surely was not; undecidable: neither.
 * A command without a reliable trace never says not-applied on its own.
 */
export type Verdict = "applied" | "not-applied" | "undecidable";

export interface CommandDefinition<Input = unknown, Params = unknown> {
  verb: OutboxKind;
  /** What the server action accepts (files as {uploadId}), French messages per field. */
  input: z.ZodType<Input>;
  /** What the outbox stores: the input with its files resolved to FileRefs. */
  params: z.ZodType<Params>;
  /** File fields of the input, with the content types each accepts ("pdf", "pdf-or-image", "document"). */
  files: Partial<Record<string, FileKind>>;
  /** The document's rule: null when the command may go now. */
  allowed(facts: DossierFacts, local: LocalRecord, input: Input): Refusal | null;
  /** The status the document says the write leaves the dossier at, if it says one. */
  expectedStatus(params: Params): string | null;
  send(api: SendApi, demandNumber: string, params: Params): Promise<unknown>;
  /** What Atelier's own data shows at once when the platform applied it. */
  apply(effects: EffectApi, params: Params): Promise<void> | void;
  /** Statuses worth reading to check an unknown outcome (besides the one before and the current one). */
  statusesToRead(params: Params): string[];
  /** A documents read before the first send, to count matching documents afterwards. */
  baseline?(params: Params): { name?: string; size: number; sha256: string } | undefined;
  verify(evidence: Evidence, params: Params): Promise<Verdict> | Verdict;
  /** May go again by itself after a check says "not applied"; false for writes that leave no reliable trace. */
  autoResend: boolean;
  /** For the audit log: fields, and files as name and size. */
  summary(params: Params): Record<string, unknown>;
}

import type { FileKind } from "@/lib/files/kinds";
export type { FileKind };

