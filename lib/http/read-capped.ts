import "server-only";
// A request body read with a byte cap: a declared Content-Length above the cap is refused before a byte is
// read, and a body without one (chunked) is cut off as soon as it passes the cap.
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frUploads } from "@/lib/i18n/fr-uploads";

export async function readCapped(request: Request, maxBytes: number, message: string = frUploads.bodyTooLarge): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new ServiceError("too_large", message);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ServiceError("too_large", message);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** What a form posts as JSON, at most `maxBytes`; a body that is not JSON is null (the schema then says so). */
export async function readJsonCapped(request: Request, maxBytes: number): Promise<unknown> {
  const raw = await readCapped(request, maxBytes, fr.errors.bodyTooLarge);
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    return null;
  }
}
