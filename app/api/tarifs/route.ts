import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { pricesCsv } from "@/lib/parts/price-list";

/** The price list as CSV (";", UTF-8 with BOM), ready for a French spreadsheet and for import back. */
export const GET = defineRoute({
  name: "prices.csv",
  schema: z.object({}),
  permission: "prices:manage",
  input: () => ({}),
  run: ({ ctx }) => pricesCsv(ctx.db),
  respond: (csv) => new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="tarifs-atelier.csv"', "Cache-Control": "no-store" } }),
});
