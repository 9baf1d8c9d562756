import { defineRoute } from "@/lib/actions/safe-action";
import { labelsInput, locationLabels } from "@/lib/locations/places";
import { pdfResponse } from "@/lib/pdf/print-dossier";

/** The places' labels (Code 128 of each code), on a thermal roll or an A4 sheet. */
export const GET = defineRoute({
  name: "locations.labels",
  schema: labelsInput,
  permission: "locations:manage",
  input: (request) => Object.fromEntries(new URL(request.url).searchParams),
  run: ({ ctx, input }) => locationLabels(ctx.db, input, ctx.now),
  respond: (pdf) => pdfResponse(pdf, "emplacements.pdf"),
});
