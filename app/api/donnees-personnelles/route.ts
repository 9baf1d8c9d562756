import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { findPerson, personCsv, personExport, personQuery } from "@/lib/privacy/person";

/** The right of access: what Atelier holds on a person, as JSON (every field) or CSV (a spreadsheet). Admins. */
export const GET = defineRoute({
  name: "privacy.export",
  schema: personQuery.extend({ format: z.enum(["json", "csv"]).default("json") }),
  permission: "privacy:manage",
  input: (request: Request) => Object.fromEntries(new URL(request.url).searchParams),
  async run({ ctx, input }) {
    const found = await findPerson(ctx.db, input.q);
    return { format: input.format, body: input.format === "csv" ? personCsv(found) : JSON.stringify(personExport(input.q, found, ctx.now), null, 2) };
  },
  respond: ({ format, body }) =>
    new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="donnees-personnelles.${format}"`,
        "Cache-Control": "no-store",
      },
    }),
});
