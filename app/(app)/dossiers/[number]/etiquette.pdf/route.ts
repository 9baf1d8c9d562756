import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { pdfResponse, printLabel } from "@/lib/pdf/print-dossier";
import { pathParam } from "@/lib/url-params";

/** The product label for a thermal printer (62 × 29 mm by default): Code 128, number, brand, serial, reseller. */
export const GET = defineRoute({
  name: "print.label",
  schema: z.object({ number: z.string().min(1).max(50).nullable() }),
  permission: "dossiers:read",
  input: (_request, params: { number: string }) => ({ number: pathParam(params.number) }),
  run: async ({ ctx, input }) => ({ pdf: await printLabel(ctx.db, input.number, ctx.now), number: input.number }),
  respond: ({ pdf, number }) => pdfResponse(pdf, `etiquette-${number}.pdf`),
});
