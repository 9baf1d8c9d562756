import { eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "@/db";
import { dossiers } from "@/db/schema";
import { defineRoute } from "@/lib/actions/safe-action";
import { quoteLine } from "@/lib/commands/quotation";
import { ServiceError } from "@/lib/errors";
import { readJsonCapped } from "@/lib/http/read-capped";
import { fr } from "@/lib/i18n/fr";
import { draftQuote } from "@/lib/submit/prepare-quote";

// A hundred lines of 200 characters and a comment: a real quote is a few kilobytes.
const MAX_BODY_BYTES = 256 * 1024;

/** The quote's PDF before it is sent, with the number it would get now (taken only when it is sent). */
export const POST = defineRoute({
  name: "quotes.preview",
  schema: z.object({
    demandNumber: z.string().min(1).max(50),
    quoteNumber: z.string().trim().max(100).optional(),
    lines: z.array(quoteLine).min(1, fr.actions.linesRequired).max(100),
    comment: z.string().max(2000).optional(),
  }),
  permission: "dossiers:write",
  input: (request) => readJsonCapped(request, MAX_BODY_BYTES),
  async run({ ctx, input }) {
    const dossier = await first(ctx.db.select().from(dossiers).where(eq(dossiers.demandNumber, input.demandNumber)));
    if (!dossier) throw new ServiceError("not_found", fr.dossier.notFound);
    return (await draftQuote(ctx.db, dossier, input, ctx.now)).pdf;
  },
  respond: (pdf) => new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": "inline; filename*=UTF-8''apercu-devis.pdf", "Cache-Control": "no-store" } }),
});
