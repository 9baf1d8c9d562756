import "server-only";
// The one path of every dossier action: the command's own rule (lib/commands/<verb>.ts) against the
// dossier as it will be once its queued commands are through, its files resolved, then the outbox.
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers, outbox, type DossierRow, type OutboxState } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { commandFor, commandInput, type CommandInput } from "@/lib/commands/registry";
import { config } from "@/lib/config/env";
import { ServiceError } from "@/lib/errors";
import { NumberTaken } from "@/lib/quotes/numbering";
import { prepareQuote, type QuoteDraft } from "@/lib/submit/prepare-quote";
import { fr } from "@/lib/i18n/fr";
import { frRefusals } from "@/lib/i18n/fr-refusals";
import { commandOf, enqueue, processDossier, type OutboxDeps } from "@/lib/outbox/outbox";
import { isStatusCode, type StatusCode } from "@/lib/rma/constants";
import { runSync } from "@/lib/sync/run-sync";
import { resolveUpload } from "@/lib/files/uploads";
import type { DossierFacts } from "@/lib/workflows/transitions";
import { factsOf, localRecord } from "@/lib/dossiers/local-record";

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
 * The dossier as it will be once its queued commands are through: an action queued behind an accept is
 * judged against the accepted dossier, not against the mirror that does not know of it yet.
 * The queue is read before the mirror, never after: a command that settles between the two reads is then
 * seen either queued or in the mirror (its settling and its effect on the mirror are one transaction).
 * Read the other way round, a command settling in between was in neither: an accept just applied by the
 * other instance made the next status "accept first" (e2e/cluster.spec.ts, RDC-5002-0084).
 */
export async function projectedDossier(ctx: Ctx, demandNumber: string, requestId: string): Promise<{ dossier: DossierRow; facts: DossierFacts } | null> {
  const queued = await ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.demandNumber, demandNumber), inArray(outbox.state, ["pending", "sending", "unknown", "review"])))
    .orderBy(asc(outbox.id));
  const dossier = await first(ctx.db.select().from(dossiers).where(eq(dossiers.demandNumber, demandNumber)));
  if (!dossier) return null;
  // This very request, stored by a submission running beside this one, is not queued before itself.
  const facts = queued.filter((row) => row.requestId !== requestId).reduce<DossierFacts>((projected, row) => {
    const { command, params } = commandOf(row);
    return {
      ...projected,
      statusCode: command.expectedStatus(params) ?? projected.statusCode,
      agreementNumber: row.kind === "accept" ? String(params.agreementNumber) : projected.agreementNumber,
      accepted: projected.accepted || row.kind === "accept",
    };
  }, factsOf(dossier));
  return { dossier, facts };
}

/** Each file field of the command becomes a reference to the caller's own, checked, upload. */
async function withFiles(ctx: Ctx, command: CommandInput): Promise<Record<string, unknown>> {
  const definition = commandFor(command.kind);
  const params: Record<string, unknown> = { ...command.payload };
  for (const [field, kind] of Object.entries(definition.files)) {
    const file = params[field] as { uploadId: string } | undefined;
    if (file && kind) params[field] = await resolveUpload(ctx.db, file.uploadId, kind, ctx.user.id, field);
  }
  return params;
}

/**
 * A message or a quote states no status (3.4, 3.8): rather than assume one, read the dossier's likely
 * statuses back from the platform, so the page shows what the platform did (EDE, INFSTT, or nothing).
 */
async function readBack(ctx: Ctx, deps: OutboxDeps, demandNumber: string, kind: CommandInput["kind"]) {
  const maybe: Partial<Record<CommandInput["kind"], StatusCode>> = { quotation: "EDE", message: "INFSTT" };
  const next = maybe[kind];
  if (!next) return;
  const current = (await first(ctx.db.select({ s: dossiers.statusCode }).from(dossiers).where(eq(dossiers.demandNumber, demandNumber))))?.s;
  const statuses = [...new Set([next, current].filter((s): s is StatusCode => typeof s === "string" && isStatusCode(s)))];
  await runSync({ db: ctx.db, client: deps.client, statuses, concurrency: 2 }).catch(() => undefined);
}

/** The command into the outbox; a quote first gets its number and its PDF, its number taken with the row. */
async function store(ctx: Ctx, input: SubmitActionInput, dossier: DossierRow) {
  const resolved = await withFiles(ctx, input.command);
  const command = commandFor(input.command.kind);
  const base = { requestId: input.requestId, demandNumber: input.demandNumber, verb: input.command.kind };
  if (input.command.kind !== "quotation") return enqueue(ctx, { ...base, params: command.params.parse(resolved) });
  for (let attempt = 0; ; attempt++) {
    const quote = await prepareQuote(ctx.db, dossier, resolved as unknown as QuoteDraft, { userId: ctx.user.id, at: ctx.now, maxBytes: config().uploadMaxBytes });
    try {
      return await enqueue(ctx, { ...base, params: command.params.parse(quote.params), reserve: quote.reserve });
    } catch (error) {
      if (!(error instanceof NumberTaken) || attempt >= 20) throw error;
    }
  }
}

export async function submitAction({ ctx, input, deps }: { ctx: Ctx; input: SubmitActionInput; deps: OutboxDeps }): Promise<SubmitOutcome> {
  // A second submission of one request (a double click, a resubmitted form) finds the first one, here or
  // in the outbox's own check, and sends nothing again.
  const already = await first(ctx.db.select().from(outbox).where(eq(outbox.requestId, input.requestId)));
  let row = already;
  let duplicate = Boolean(already);
  if (!already) {
    const projected = await projectedDossier(ctx, input.demandNumber, input.requestId);
    if (!projected) throw new ServiceError("not_found", fr.dossier.notFound);
    const { dossier } = projected;
    const command = commandFor(input.command.kind);
    const refusal = command.allowed(projected.facts, await localRecord(ctx.db, dossier), input.command.payload);
    if (refusal) throw new ServiceError("conflict", frRefusals[refusal](input.command.kind === "status" ? input.command.payload.statusCode : ""));
    const stored = await store(ctx, input, dossier);
    row = stored.row;
    duplicate = stored.duplicate;
    await processDossier(deps, input.demandNumber);
  }
  const final = (await first(ctx.db.select().from(outbox).where(eq(outbox.id, row!.id))))!;
  if (final.state === "failed") {
    const detail = final.errorDetail ? (JSON.parse(final.errorDetail) as { platformMessage?: string | null }) : null;
    throw new ServiceError("conflict", fr.errors.platformRefused(detail?.platformMessage ?? null));
  }
  if (!duplicate && final.state === "sent") await readBack(ctx, deps, input.demandNumber, input.command.kind);
  return { state: final.state, duplicate };
}
