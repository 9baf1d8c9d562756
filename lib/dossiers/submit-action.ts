import "server-only";
// The one verb behind every dossier action (accept, refuse, message, status, label, document, quote):
// check it against the dossier's state, store it in the outbox, send it, say what happened.
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { dossiers, outbox, type OutboxState } from "@/db/schema";
import type { Ctx } from "@/lib/actions/safe-action";
import { config } from "@/lib/config/env";
import { ServiceError } from "@/lib/errors";
import { checkUpload, DOCUMENT_TYPES, PDF_ONLY, PDF_OR_IMAGE } from "@/lib/files/upload-rules";
import { fr } from "@/lib/i18n/fr";
import { expectedStatus } from "@/lib/outbox/deliver";
import { commandOf, enqueue, processDossier, type OutboxDeps } from "@/lib/outbox/outbox";
import { payloads, quoteLineSchema, type OutboxCommand } from "@/lib/outbox/payloads";
import { CENTRE_STATUS_CODES, isStatusCode, TRACKING_TYPES, UPLOAD_DOCUMENT_TYPES, type StatusCode } from "@/lib/rma/constants";
import { runSync } from "@/lib/sync/run-sync";
import { canAcceptOrRefuse, canQuote, canSendStatus, mayCentreSend, type DossierFacts, type LocalRecord } from "@/lib/workflows/transitions";
import { factsOf, localRecord } from "./local-record";

const t = fr.actions;
const fileInput = z.object({ name: z.string().trim().min(1, t.fileRequired).max(200), base64: z.string().min(1, t.fileRequired).max(30_000_000) });

export const commandInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accept"), payload: z.object({ agreementNumber: z.string().trim().min(1, t.agreementRequired).max(100), agreementFile: fileInput.optional(), nextStatus: z.enum(CENTRE_STATUS_CODES).optional(), comment: z.string().trim().max(2000).optional() }) }),
  z.object({ kind: z.literal("refuse"), payload: z.object({ reason: z.string().trim().min(1, t.reasonRequired).max(2000) }) }),
  z.object({ kind: z.literal("message"), payload: z.object({ message: z.string().trim().min(1, t.messageRequired).max(5000) }) }),
  z.object({ kind: z.literal("status"), payload: z.object({ statusCode: z.enum(CENTRE_STATUS_CODES, { message: t.statusRequired }), comment: z.string().trim().max(2000).optional() }) }),
  z.object({ kind: z.literal("tracking"), payload: z.object({ trackingNumber: z.string().trim().min(1, t.trackingRequired).max(100), carrierName: z.string().trim().min(1, t.carrierRequired).max(50), direction: z.enum(TRACKING_TYPES), label: fileInput }) }),
  z.object({ kind: z.literal("document"), payload: z.object({ file: fileInput, type: z.enum(UPLOAD_DOCUMENT_TYPES) }) }),
  z.object({ kind: z.literal("quotation"), payload: z.object({ quoteNumber: z.string().trim().min(1, t.quoteNumberRequired).max(100), lines: z.array(quoteLineSchema).min(1, t.linesRequired).max(100), quoteFile: fileInput.optional(), comment: z.string().trim().max(2000).optional() }) }),
]);

export const submitActionInput = z.object({
  requestId: z.uuid(),
  demandNumber: z.string().min(1).max(50),
  command: commandInput,
});
export type SubmitActionInput = z.output<typeof submitActionInput>;

export interface SubmitOutcome {
  state: OutboxState;
  /** True when this request had already been received: nothing was sent again. */
  duplicate: boolean;
}

/**
 * Only the document's own rules refuse an action here (3.2, 3.3, 3.5, and the reseller's codes, which the
 * schema already excludes); the flows of section 4 are guidance, offered first in the forms but never a gate.
 */
export function refusalFor(facts: DossierFacts, command: SubmitActionInput["command"], local: LocalRecord): string | null {
  switch (command.kind) {
    case "accept":
    case "refuse":
      return canAcceptOrRefuse(facts) ? null : t.onlyAtRmad;
    case "status":
      if (!canSendStatus(facts)) return t.acceptFirst;
      return mayCentreSend(facts, command.payload.statusCode, local) ? null : t.statusHidden(command.payload.statusCode);
    case "quotation":
      return canQuote(facts) ? null : t.acceptFirst;
    case "message":
    case "tracking":
    case "document":
      return null;
  }
}

/** Files checked by size and content, then the command in the outbox's own shape. */
function toCommand(command: SubmitActionInput["command"], maxBytes: number): OutboxCommand {
  switch (command.kind) {
    case "accept": {
      const { agreementFile, ...rest } = command.payload;
      return { kind: "accept", payload: payloads.accept.parse({ ...rest, agreementFile: agreementFile && checkUpload(agreementFile, PDF_OR_IMAGE, maxBytes, "agreementFile") }) };
    }
    case "tracking":
      return { kind: "tracking", payload: payloads.tracking.parse({ ...command.payload, label: checkUpload(command.payload.label, PDF_ONLY, maxBytes, "label") }) };
    case "document":
      return { kind: "document", payload: payloads.document.parse({ ...command.payload, file: checkUpload(command.payload.file, DOCUMENT_TYPES, maxBytes, "file") }) };
    case "quotation": {
      const { quoteFile, ...rest } = command.payload;
      return { kind: "quotation", payload: payloads.quotation.parse({ ...rest, quoteFile: quoteFile && checkUpload(quoteFile, PDF_ONLY, maxBytes, "quoteFile") }) };
    }
    default:
      return command as OutboxCommand;
  }
}

/**
 * The dossier as it will be once its queued commands are through: an action queued behind an accept is
 * judged against the accepted dossier, not against the mirror that does not know of it yet.
 */
function projectedFacts(ctx: Ctx, demandNumber: string, facts: DossierFacts): DossierFacts {
  const queued = ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.demandNumber, demandNumber), inArray(outbox.state, ["pending", "sending", "unknown"])))
    .orderBy(asc(outbox.id))
    .all();
  return queued.reduce<DossierFacts>((projected, row) => {
    const command = commandOf(row);
    const status = expectedStatus(command);
    return {
      ...projected,
      statusCode: status ?? projected.statusCode,
      agreementNumber: command.kind === "accept" ? command.payload.agreementNumber : projected.agreementNumber,
      accepted: projected.accepted || command.kind === "accept",
    };
  }, facts);
}

/**
 * A message or a quote states no status (3.4, 3.8): rather than assume one, read the dossier's likely
 * statuses back from the platform, so the page shows what the platform did (EDE, INFSTT, or nothing).
 */
async function readBack(ctx: Ctx, deps: OutboxDeps, demandNumber: string, kind: SubmitActionInput["command"]["kind"]) {
  const maybe: Partial<Record<typeof kind, StatusCode>> = { quotation: "EDE", message: "INFSTT" };
  const next = maybe[kind];
  if (!next) return;
  const current = ctx.db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, demandNumber)).get()?.s;
  const statuses = [...new Set([next, current].filter((s): s is StatusCode => Boolean(s) && isStatusCode(s!)))];
  await runSync({ db: ctx.db, client: deps.client, statuses, concurrency: 2 }).catch(() => undefined);
}

export async function submitAction({ ctx, input, deps }: { ctx: Ctx; input: SubmitActionInput; deps: OutboxDeps }): Promise<SubmitOutcome> {
  const already = ctx.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.requestId, input.requestId)).get();
  if (!already) {
    const row = ctx.db.select().from(dossiers).where(eq(dossiers.demandNumber, input.demandNumber)).get();
    if (!row) throw new ServiceError("not_found", fr.dossier.notFound);
    const refusal = refusalFor(projectedFacts(ctx, input.demandNumber, factsOf(row)), input.command, localRecord(ctx.db, row));
    if (refusal) throw new ServiceError("conflict", refusal);
  }
  const command = already ? null : toCommand(input.command, config().uploadMaxBytes);
  const { row, duplicate } = command
    ? enqueue(ctx, { requestId: input.requestId, demandNumber: input.demandNumber, command })
    : { row: ctx.db.select().from(outbox).where(eq(outbox.requestId, input.requestId)).get()!, duplicate: true };
  if (!duplicate) await processDossier(deps, input.demandNumber);
  const final = ctx.db.select().from(outbox).where(eq(outbox.id, row.id)).get()!;
  if (!duplicate && final.state === "sent") await readBack(ctx, deps, input.demandNumber, input.command.kind);
  if (final.state === "failed") throw new ServiceError("conflict", fr.errors.platformRefused(final.lastError));
  return { state: final.state, duplicate };
}
