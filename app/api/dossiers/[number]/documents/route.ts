import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { listDocuments } from "@/lib/documents/platform-documents";
import { submitAction, submitActionInput } from "@/lib/dossiers/submit-action";
import { outboxDeps } from "@/lib/outbox/runtime";

export const GET = defineRoute({
  name: "documents.list",
  schema: z.object({ number: z.string().min(1).max(50) }),
  permission: "dossiers:read",
  input: (_request, params: { number: string }) => ({ number: decodeURIComponent(params.number) }),
  run: ({ input }) => listDocuments(input.number),
});

/**
 * One file a request, so the browser can show a progress bar per file and retry a failed one alone.
 * Multipart: file, type, requestId. Size and real type are checked on the server (submit-action.ts).
 */
export const POST = defineRoute({
  name: "documents.upload",
  schema: submitActionInput,
  permission: "dossiers:write",
  async input(request, params: { number: string }) {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const content = file instanceof File ? Buffer.from(await file.arrayBuffer()).toString("base64") : "";
    return {
      requestId: form?.get("requestId"),
      demandNumber: decodeURIComponent(params.number),
      command: { kind: "document", payload: { type: form?.get("type"), file: { name: file instanceof File ? file.name : "", base64: content } } },
    };
  },
  async run({ ctx, input }) {
    const outcome = await submitAction({ ctx, input, deps: outboxDeps() });
    revalidatePath(`/dossiers/${encodeURIComponent(input.demandNumber)}`);
    return outcome;
  },
});
