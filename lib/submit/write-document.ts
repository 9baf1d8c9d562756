import "server-only";
// An expertise report or a destruction certificate: written as a PDF from the centre's identity and the
// dossier, kept once in `uploads`, then sent as a REPORT document through the usual outbox.
import { eq } from "drizzle-orm";
import { first } from "@/db";
import { dossiers } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { readIdentity } from "@/lib/identity/store";
import { config } from "@/lib/config/env";
import { submitAction, type SubmitOutcome } from "@/lib/submit/submit-action";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frParts } from "@/lib/i18n/fr-parts";
import { dossierParts } from "@/lib/parts/queries";
import type { OutboxDeps } from "@/lib/outbox/outbox";
import { renderBounded } from "@/lib/pdf/bounded";
import { logoOf } from "@/lib/identity/logo";
import { saveUpload } from "@/lib/files/uploads";
import type { WrittenDocumentInput } from "@/lib/files/written";

/** The parts the technician wrote, then each part fitted on the dossier that the text does not name yet. */
function withFittedParts(typed: string, lines: Array<{ state: string; label: string; reference: string | null; quantity: number }>) {
  const fitted = lines.filter((l) => l.state === "fitted" && !typed.includes(l.label)).map((l) => frParts.report.fitted(l.quantity, l.label, l.reference));
  return [typed.trim(), ...fitted].filter(Boolean).join("\n");
}

export async function writeDocument({ ctx, input, deps }: { ctx: Ctx; input: WrittenDocumentInput; deps: OutboxDeps }): Promise<SubmitOutcome> {
  const dossier = await first(ctx.db.select().from(dossiers).where(eq(dossiers.demandNumber, input.demandNumber)));
  if (!dossier) throw new ServiceError("not_found", fr.dossier.notFound);
  const identity = await readIdentity(ctx.db);
  const base = { identity, logo: await logoOf(ctx.db, identity), at: ctx.now, dossier };
  const { document } = input;
  const pdf =
    document.kind === "expertise"
      ? await renderBounded({ kind: "expertise", input: { ...base, by: ctx.user.name, ...document.fields, parts: withFittedParts(document.fields.parts, await dossierParts(ctx.db, dossier.demandNumber)), conclusion: fr.forms.conclusions[document.fields.conclusion]! } })
      : await renderBounded({ kind: "destruction", input: { ...base, ...document.fields } });
  const name = `${document.kind === "expertise" ? "rapport-expertise" : "certificat-destruction"}-${dossier.demandNumber}.pdf`;
  const file = await saveUpload(ctx.db, { name, bytes: pdf, kind: "pdf", userId: ctx.user.id, now: ctx.now, maxBytes: config().uploadMaxBytes });
  return submitAction({ ctx, input: { requestId: input.requestId, demandNumber: input.demandNumber, command: { kind: "document", payload: { type: "REPORT", file: { uploadId: file.uploadId } } } }, deps });
}
