import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { assertMirrored } from "@/lib/dossiers/get-dossier";
import { listDocuments } from "@/lib/files/platform-documents";
import { pathParam } from "@/lib/url-params";

export const GET = defineRoute({
  name: "documents.list",
  schema: z.object({ number: z.string().min(1).max(50) }),
  permission: "dossiers:read",
  input: (_request, params: { number: string }) => ({ number: pathParam(params.number) }),
  async run({ ctx, input }) {
    await assertMirrored(ctx.db, input.number);
    return listDocuments(ctx.centre, input.number);
  },
});
