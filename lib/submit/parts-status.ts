import "server-only";
// With the centre's setting on (lib/parts/auto-status.ts), the status a dossier's parts suggest goes out
// by itself after the parts change that calls for it: through the outbox, as every status, under a request
// id named after that change, so a second pass over the same change sends nothing again.
import { createHash } from "node:crypto";
import type { Ctx, OutboxDeps } from "@/lib/context";
import { getDossier } from "@/lib/dossiers/get-dossier";
import { factsOf, localRecord } from "@/lib/dossiers/local-record";
import { log } from "@/lib/log/logger";
import { autoStatusEnabled } from "@/lib/parts/auto-status";
import { dossierParts } from "@/lib/parts/queries";
import { partsSuggestion } from "@/lib/parts/suggest";
import { submitAction } from "./submit-action";

/** A UUID-shaped id that is the same for the same change. */
function requestIdOf(key: string) {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `changes`: each dossier touched, with the id of the change (an order, a line received). */
export async function sendPartsStatuses(ctx: Ctx, changes: Array<{ demandNumber: string | null; change: string }>, deps: OutboxDeps = ctx.outbox) {
  if (!changes.some((c) => c.demandNumber) || !(await autoStatusEnabled(ctx.db))) return [];
  const sent: Array<{ demandNumber: string; statusCode: string }> = [];
  for (const { demandNumber, change } of changes) {
    if (!demandNumber) continue;
    const dossier = await getDossier(ctx.db, demandNumber);
    if (!dossier) continue;
    const statusCode = partsSuggestion(await dossierParts(ctx.db, demandNumber), factsOf(dossier), await localRecord(ctx.db, dossier));
    if (!statusCode) continue;
    try {
      await submitAction({ ctx, input: { requestId: requestIdOf(`parts:${demandNumber}:${statusCode}:${change}`), demandNumber, command: { kind: "status", payload: { statusCode, comment: "" } } }, deps });
      sent.push({ demandNumber, statusCode });
    } catch (error) {
      // The parts change is kept; the status can still be sent from the dossier page.
      log.warn({ event: "parts.auto_status_failed", statusCode, error: error instanceof Error ? error.name : "unknown" }, "parts: status not sent automatically");
    }
  }
  return sent;
}
