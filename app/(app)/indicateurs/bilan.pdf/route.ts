import { defineRoute } from "@/lib/actions/safe-action";
import { reviewInput } from "@/lib/indicators/figures";
import { scorecardPdfFor } from "@/lib/indicators/review";
import { pdfResponse } from "@/lib/pdf/print-dossier";

/** One reseller's scorecard for one month, on the centre's letterhead. */
export const GET = defineRoute({
  name: "indicators.scorecard",
  schema: reviewInput,
  permission: "manager:view",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: async ({ ctx, input }) => ({ pdf: await scorecardPdfFor(ctx.db, input, ctx.now), name: `bilan-${input.reseller}-${input.month}.pdf` }),
  respond: ({ pdf, name }) => pdfResponse(pdf, name),
});
