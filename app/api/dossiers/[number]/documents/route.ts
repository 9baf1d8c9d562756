import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { listDocuments } from "@/lib/documents/platform-documents";
import { pathParam } from "@/lib/url-params";

export const GET = defineRoute({
  name: "documents.list",
  schema: z.object({ number: z.string().min(1).max(50) }),
  permission: "dossiers:read",
  input: (_request, params: { number: string }) => ({ number: pathParam(params.number) }),
  run: ({ input }) => listDocuments(input.number),
});
