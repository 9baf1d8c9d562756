import { defineRoute } from "@/lib/actions/safe-action";
import { reviewInput } from "@/lib/indicators/figures";
import { statement, statementCsv } from "@/lib/indicators/statement";

/** The monthly statement as CSV, for the centre's invoicing. */
export const GET = defineRoute({
  name: "indicators.statement_csv",
  schema: reviewInput,
  permission: "manager:view",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: async ({ ctx, input }) => ({ csv: statementCsv(await statement(ctx.db, input.reseller, input.month)), name: `releve-${input.reseller}-${input.month}.csv` }),
  respond: ({ csv, name }) =>
    new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" } }),
});
