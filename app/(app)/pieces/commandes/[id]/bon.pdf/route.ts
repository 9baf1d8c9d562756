import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { orderPdfFor } from "@/lib/parts/order-documents";
import { pdfResponse } from "@/lib/pdf/print-dossier";

/** A supplier order's purchase order, on the centre's letterhead. */
export const GET = defineRoute({
  name: "parts.order_pdf",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  permission: "parts:work",
  input: (_request, params: { id: string }) => ({ id: params.id }),
  run: ({ ctx, input }) => orderPdfFor(ctx.db, input.id),
  respond: ({ pdf, number }) => pdfResponse(pdf, `${number}.pdf`),
});
