import { defineRoute } from "@/lib/actions/safe-action";
import { frIndicators } from "@/lib/i18n/fr-indicators";
import { indicatorsCsv } from "@/lib/indicators/csv";
import { indicatorFilters, indicators } from "@/lib/indicators/figures";

/** The month's figures as CSV, with the page's filters. */
export const GET = defineRoute({
  name: "indicators.csv",
  schema: indicatorFilters,
  permission: "manager:view",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: async ({ ctx, input }) => ({ figures: await indicators(ctx.db, input, ctx.now), group: frIndicators.groups[input.group] }),
  respond: ({ figures, group }) =>
    new Response(indicatorsCsv(figures, group), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="indicateurs-${figures.month}.csv"`, "Cache-Control": "no-store" },
    }),
});
