import { defineRoute } from "@/lib/actions/safe-action";
import { reviewInput } from "@/lib/indicators/figures";
import { statementPdfFor } from "@/lib/indicators/review";
import { pdfResponse } from "@/lib/pdf/print-dossier";

/** What one reseller can be billed for one month: accepted quotes and closed repairs at their flat fee. */
export const GET = defineRoute({
  name: "indicators.statement_pdf",
  schema: reviewInput,
  permission: "manager:view",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: async ({ ctx, input }) => ({ pdf: await statementPdfFor(ctx.db, input.reseller, input.month, ctx.now), name: `releve-${input.reseller}-${input.month}.pdf` }),
  respond: ({ pdf, name }) => pdfResponse(pdf, name),
});
