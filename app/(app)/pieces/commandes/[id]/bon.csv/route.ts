import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { orderCsvFor } from "@/lib/parts/order-documents";

/** A supplier order as CSV (";", UTF-8 with BOM). */
export const GET = defineRoute({
  name: "parts.order_csv",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  permission: "parts:work",
  input: (_request, params: { id: string }) => ({ id: params.id }),
  run: ({ ctx, input }) => orderCsvFor(ctx.db, input.id),
  respond: ({ csv, number }) => new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${number}.csv"`, "Cache-Control": "no-store" } }),
});
