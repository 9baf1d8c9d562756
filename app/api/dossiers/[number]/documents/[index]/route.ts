import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { assertMirrored } from "@/lib/dossiers/get-dossier";
import { getDocument } from "@/lib/files/platform-documents";
import { ServiceError } from "@/lib/errors";
import { INLINE_TYPES } from "@/lib/files/sniff";
import { fr } from "@/lib/i18n/fr";
import { pathParam, wellFormed } from "@/lib/url-params";

/** One document's bytes: inline for images and PDF (the preview), an attachment otherwise or on ?telecharger. */
export const GET = defineRoute({
  name: "documents.file",
  schema: z.object({ number: z.string().min(1).max(50), index: z.coerce.number().int().min(0), download: z.boolean() }),
  permission: "dossiers:read",
  input: (request, params: { number: string; index: string }) => ({
    number: pathParam(params.number),
    index: params.index,
    download: new URL(request.url).searchParams.has("telecharger"),
  }),
  async run({ ctx, input }) {
    await assertMirrored(ctx.db, input.number);
    const document = await getDocument(ctx.centre, input.number, input.index);
    if (!document) throw new ServiceError("not_found", fr.documents.empty);
    return { ...document, download: input.download };
  },
  respond: (document) => {
    const inline = !document.download && INLINE_TYPES.includes(document.contentType);
    const name = encodeURIComponent(wellFormed(document.fileName));
    return new Response(new Uint8Array(document.content), {
      headers: {
        "Content-Type": document.contentType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${name}`,
        "X-Content-Type-Options": "nosniff",
        // Whatever the file holds, it runs no script in our origin (Chrome's PDF viewer refuses a sandbox).
        ...(document.contentType === "application/pdf" ? {} : { "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:" }),
        "Cache-Control": "private, max-age=60",
      },
    });
  },
});
