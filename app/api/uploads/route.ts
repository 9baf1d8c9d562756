import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { config } from "@/lib/config/env";
import { readMultipart } from "@/lib/http/read-capped";
import { saveUpload } from "@/lib/uploads/uploads";

/** Room for the multipart envelope around one file (boundaries, headers, the small fields). */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The one upload path of every file field (agreement, label, quote PDF, documents): one file a request,
 * so the browser shows its progress and retries it alone. Checked by size and real content, kept once as
 * bytes; the form then sends the command with the returned id.
 */
export const POST = defineRoute({
  name: "uploads.create",
  schema: z.object({
    kind: z.enum(["pdf", "pdf-or-image", "document", "logo"]),
    field: z.string().regex(/^[a-zA-Z]{1,40}$/).default("file"),
    name: z.string().max(500),
    bytes: z.instanceof(Buffer),
  }),
  permission: "dossiers:write",
  async input(request) {
    const form = await readMultipart(request, config().uploadMaxBytes + MULTIPART_OVERHEAD);
    const file = form.get("file");
    return {
      kind: form.get("kind"),
      field: form.get("field") ?? undefined,
      name: file instanceof File ? file.name : "",
      bytes: file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0),
    };
  },
  run: ({ ctx, input }) => saveUpload(ctx.db, { name: input.name, bytes: input.bytes, kind: input.kind, userId: ctx.user.id, now: ctx.now, maxBytes: config().uploadMaxBytes, field: input.field }),
});
