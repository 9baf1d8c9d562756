import { defineRoute } from "@/lib/actions/safe-action";
import { toCsv } from "@/lib/activity/csv";
import { activityFilters, listActivity } from "@/lib/activity/list-activity";
import { frAudit } from "@/lib/i18n/fr-audit";
import { frManagers } from "@/lib/i18n/fr-managers";

/** The team's activity as CSV, with the page's filters; opens in a French spreadsheet, accents intact. */
export const GET = defineRoute({
  name: "activity.csv",
  schema: activityFilters,
  permission: "manager:view",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: ({ ctx, input }) => listActivity(ctx.db, { ...input, page: 1 }, 50_000),
  respond: (rows) => {
    const c = frManagers.activityColumns;
    const csv = toCsv(
      [c.at, c.who, c.dossier, c.action, c.outcome, c.detail],
      rows.map((r) => [r.at.toISOString(), r.who, r.dossier, frAudit.actions[r.action] ?? r.action, frAudit.outcomes[r.outcome] ?? r.outcome, r.message ?? r.summary]),
    );
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="activite-atelier.csv"`, "Cache-Control": "no-store" },
    });
  },
});
