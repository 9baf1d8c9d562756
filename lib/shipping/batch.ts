import "server-only";
// A shipping day's batch: for each dossier, its label to the platform (demands/tracking, CENTER_TO_CLIENT,
// when a label is attached) then RPR with the tracking number in its comment (section 4: "vous pouvez
// spécifier en commentaire le numéro de tracking transport"), through the outbox, in that order, exactly
// once. The request ids are named after the batch and the dossier: the same batch submitted again, or
// resumed after a restart, finds what it stored and sends nothing twice. A refused line never holds up
// the others.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers, outbox, shipmentItems } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { commandFor } from "@/lib/commands/registry";
import { localRecord } from "@/lib/dossiers/local-record";
import { resolveUpload } from "@/lib/files/uploads";
import { frShipping } from "@/lib/i18n/fr-shipping";
import { enqueue, processDossier } from "@/lib/outbox/outbox";
import { projectedDossier } from "@/lib/submit/submit-action";
import { ServiceError } from "@/lib/errors";
import { logoOf } from "@/lib/identity/logo";
import { readIdentity } from "@/lib/identity/store";
import { renderBounded } from "@/lib/pdf/bounded";

const t = frShipping.errors;

export const shipBatchInput = z.object({
  batch: z.uuid(),
  items: z
    .array(
      z.object({
        demandNumber: z.string().trim().min(1).max(50),
        carrierName: z.string().trim().min(1, t.carrierRequired).max(50, t.carrierRequired),
        trackingNumber: z.string().trim().min(1, t.trackingRequired).max(100, t.trackingRequired),
        label: z.object({ uploadId: z.uuid() }).nullable().default(null),
      }),
    )
    .min(1, frShipping.nothingPicked)
    .max(100),
});
export type ShipBatchInput = z.output<typeof shipBatchInput>;
/** A line's outcome, in the order of the batch's lines (a number another centre holds is not echoed back). */
export interface LineOutcome {
  ok: boolean;
  error?: string;
}

const requestIds = (batch: string, n: string) => ({ tracking: `ship:${batch}:${n}:tracking`, status: `ship:${batch}:${n}:RPR` });

/** Whether RPR may be sent now, judged as the submit path judges it; or why not. */
async function refusal(ctx: Ctx, demandNumber: string, batch: string): Promise<string | null> {
  const projected = await projectedDossier(ctx, demandNumber, requestIds(batch, demandNumber).status);
  if (!projected) return t.unknown;
  if (projected.facts.statusCode === "RPR") return t.alreadyShipped;
  // An RPR of another batch or of the dossier page, waiting or sent: this dossier has left, or is leaving.
  const statuses = await ctx.db
    .select({ payload: outbox.payload, requestId: outbox.requestId })
    .from(outbox)
    .where(and(eq(outbox.demandNumber, demandNumber), eq(outbox.kind, "status"), inArray(outbox.state, ["pending", "sending", "unknown", "review", "sent"])));
  const own = requestIds(batch, demandNumber).status;
  if (statuses.some((r) => r.requestId !== own && (JSON.parse(r.payload) as { statusCode?: string }).statusCode === "RPR")) return t.alreadyShipped;
  const local = await localRecord(ctx.db, projected.dossier);
  return commandFor("status").allowed(projected.facts, local, { statusCode: "RPR", comment: "" }) ? t.notReady : null;
}

/** Each line checked and, when it may go, its commands stored: nothing is sent yet. */
export async function storeBatch({ ctx, input }: { ctx: Ctx; input: ShipBatchInput }): Promise<{ lines: LineOutcome[]; started: string[] }> {
  const counts = new Map<string, number>();
  for (const item of input.items) counts.set(item.trackingNumber.toUpperCase(), (counts.get(item.trackingNumber.toUpperCase()) ?? 0) + 1);
  const lines: LineOutcome[] = [];
  const started: string[] = [];
  for (const item of input.items) {
    const n = item.demandNumber.toUpperCase();
    const ids = requestIds(input.batch, n);
    if ((counts.get(item.trackingNumber.toUpperCase()) ?? 0) > 1) {
      lines.push({ ok: false, error: t.duplicateTracking });
      continue;
    }
    const stored = await first(ctx.db.select().from(shipmentItems).where(and(eq(shipmentItems.batch, input.batch), eq(shipmentItems.demandNumber, n))));
    if (!stored) {
      const refused = await refusal(ctx, n, input.batch);
      if (refused) {
        lines.push({ ok: false, error: refused });
        continue;
      }
      const label = item.label ? await resolveUpload(ctx.db, item.label.uploadId, "pdf", ctx.user.id, "label") : null;
      if (label) await enqueue(ctx, { requestId: ids.tracking, demandNumber: n, verb: "tracking", params: { trackingNumber: item.trackingNumber, carrierName: item.carrierName, direction: "CENTER_TO_CLIENT", label } });
      await enqueue(ctx, { requestId: ids.status, demandNumber: n, verb: "status", params: { statusCode: "RPR", comment: frShipping.comment(item.carrierName, item.trackingNumber) } });
      await ctx.db
        .insert(shipmentItems)
        .values({ batch: input.batch, demandNumber: n, carrierName: item.carrierName, trackingNumber: item.trackingNumber, trackingRequest: label ? ids.tracking : null, statusRequest: ids.status, createdBy: ctx.user.id > 0 ? ctx.user.id : null, createdAt: ctx.now })
        .onConflictDoNothing();
    }
    lines.push({ ok: true });
    started.push(n);
  }
  return { lines, started };
}

/**
 * The stored dossiers sent, two at a time, each in its own order. What this process does not finish (a
 * restart, a platform that does not answer), the outbox worker does: it takes pending rows every few seconds.
 */
export async function sendBatch(ctx: Pick<Ctx, "outbox">, numbers: readonly string[]) {
  const queue = [...numbers];
  const worker = async () => {
    for (let n = queue.shift(); n; n = queue.shift()) await processDossier(ctx.outbox, n).catch(() => undefined);
  };
  await Promise.all([worker(), worker()]);
}

/** The action: store, answer with each line's outcome at once, and send behind; the page follows by the live stream. */
export async function shipBatch(args: { ctx: Ctx; input: ShipBatchInput }): Promise<{ lines: LineOutcome[] }> {
  const { lines, started } = await storeBatch(args);
  void sendBatch(args.ctx, started);
  return { lines };
}

/** A batch's dossiers and where each stands: its commands' states, and the platform's refusal if any. */
export async function batchProgress(ctx: Pick<Ctx, "db">, batch: string) {
  const items = await ctx.db.select().from(shipmentItems).where(eq(shipmentItems.batch, batch)).orderBy(shipmentItems.id);
  const ids = items.flatMap((i) => [i.trackingRequest, i.statusRequest]).filter((id): id is string => Boolean(id));
  const rows = ids.length ? await ctx.db.select().from(outbox).where(inArray(outbox.requestId, ids)) : [];
  const byId = new Map(rows.map((r) => [r.requestId, r]));
  const address = new Map(
    items.length
      ? (await ctx.db.select().from(dossiers).where(inArray(dossiers.demandNumber, items.map((i) => i.demandNumber)))).map((d) => [d.demandNumber, d])
      : [],
  );
  return items.map((item) => {
    const steps = [item.trackingRequest, item.statusRequest].filter((id): id is string => Boolean(id)).map((id) => byId.get(id));
    const failed = steps.find((s) => s?.state === "failed" || s?.state === "abandoned");
    const state = failed ? "failed" : steps.some((s) => s?.state === "review" || s?.state === "unknown") ? "review" : steps.every((s) => s?.state === "sent") ? "sent" : "pending";
    const detail = failed?.errorDetail ? (JSON.parse(failed.errorDetail) as { platformMessage?: string | null }).platformMessage ?? null : null;
    const d = address.get(item.demandNumber);
    return {
      demandNumber: item.demandNumber,
      carrierName: item.carrierName,
      trackingNumber: item.trackingNumber,
      state,
      error: failed ? detail ?? failed.state : null,
      recipient: d ? [d.siteName, [d.siteStreetNumber, d.siteStreet].filter(Boolean).join(" "), [d.siteZipCode, d.siteCity].filter(Boolean).join(" ")].filter(Boolean).join(", ") : "",
      createdAt: item.createdAt,
    };
  });
}

export const manifestInput = z.object({ lot: z.uuid() });

/** The batch's manifest, for the carrier: every parcel the batch holds, with its recipient. */
export async function manifestFor(ctx: Pick<Ctx, "db" | "now">, batch: string) {
  const parcels = await batchProgress(ctx, batch);
  if (!parcels.length) throw new ServiceError("not_found", frShipping.none);
  const identity = await readIdentity(ctx.db);
  return renderBounded({ kind: "manifest", input: { identity, logo: await logoOf(ctx.db, identity), at: parcels[0]!.createdAt, parcels: parcels.map((p) => ({ demandNumber: p.demandNumber, carrierName: p.carrierName, trackingNumber: p.trackingNumber, recipient: p.recipient })) } });
}
