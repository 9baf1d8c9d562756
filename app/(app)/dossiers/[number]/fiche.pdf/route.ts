import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { pdfResponse, printTicket } from "@/lib/pdf/print-dossier";
import { pathParam } from "@/lib/url-params";

/** The repair ticket (A4): Code 128 and QR code of the dossier, client, product, problem, signature box. */
export const GET = defineRoute({
  name: "print.ticket",
  schema: z.object({ number: z.string().min(1).max(50).nullable(), origin: z.string() }),
  permission: "dossiers:read",
  input: (request, params: { number: string }) => ({ number: pathParam(params.number), origin: new URL(request.url).origin }),
  run: async ({ ctx, input }) => ({ pdf: await printTicket(ctx.db, input.number, input.origin, ctx.now), number: input.number }),
  respond: ({ pdf, number }) => pdfResponse(pdf, `fiche-${number}.pdf`),
});
