import { defineRoute } from "@/lib/actions/safe-action";
import { pdfResponse } from "@/lib/pdf/print-dossier";
import { manifestFor, manifestInput } from "@/lib/shipping/batch";

/** A shipping batch's manifest, for the carrier. */
export const GET = defineRoute({
  name: "shipping.manifest",
  schema: manifestInput,
  permission: "dossiers:write",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: ({ ctx, input }) => manifestFor(ctx, input.lot),
  respond: (pdf) => pdfResponse(pdf, "bordereau.pdf"),
});
