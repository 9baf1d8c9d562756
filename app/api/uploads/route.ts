import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { config } from "@/lib/config/env";
import { readMultipart } from "@/lib/http/read-multipart";
import { FILE_KINDS } from "@/lib/files/kinds";
import { saveUpload } from "@/lib/files/uploads";

/**
 * The one upload path of every file field (agreement, label, quote PDF, documents): one file a request,
 * so the browser shows its progress and retries it alone. Checked by size and real content, kept once as
 * bytes; the form then sends the command with the returned id.
 */
export const POST = defineRoute({
  name: "uploads.create",
  schema: z.object({
    kind: z.enum(FILE_KINDS),
    field: z.string().regex(/^[a-zA-Z]{1,40}$/).default("file"),
    name: z.string().max(500),
    bytes: z.instanceof(Buffer),
  }),
  permission: "dossiers:write",
  async input(request) {
    const form = await readMultipart(request, { maxFileBytes: config().uploadMaxBytes, fileField: "file" });
    return { kind: form.fields.kind, field: form.fields.field, name: form.file?.name ?? "", bytes: form.file?.bytes ?? Buffer.alloc(0) };
  },
  run: ({ ctx, input }) => saveUpload(ctx.db, { name: input.name, bytes: input.bytes, kind: input.kind, userId: ctx.user.id, now: ctx.now, maxBytes: config().uploadMaxBytes, field: input.field }),
});
