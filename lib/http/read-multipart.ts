import "server-only";
// A multipart upload read as it arrives (busboy): the small fields as text, the one file straight into a
// buffer of its own, cut off as soon as it passes the cap. The body is never held whole beside the file,
// nor the file copied once more at the end: memory holds the file once.
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frUploads } from "@/lib/i18n/fr-uploads";

export interface MultipartUpload {
  fields: Record<string, string>;
  file: { name: string; bytes: Buffer } | null;
}

/** Room for the multipart envelope around one file (boundaries, part headers, the small fields). */
const ENVELOPE = 64 * 1024;

/** The file in one buffer: sized from the declared length when there is one, grown otherwise. */
function fileSink(declared: number | null, maxBytes: number) {
  let target: Buffer | null = declared ? Buffer.allocUnsafe(Math.min(declared, maxBytes)) : null;
  let written = 0;
  let overflow: Buffer[] = [];
  return {
    push(chunk: Buffer) {
      if (target && written + chunk.length <= target.length) {
        chunk.copy(target, written);
      } else {
        // The declared length lied, or there was none: keep the pieces, joined once at the end.
        if (target) overflow = [target.subarray(0, written)];
        target = null;
        overflow.push(chunk);
      }
      written += chunk.length;
    },
    bytes: () => (target ? target.subarray(0, written) : Buffer.concat(overflow, written)),
  };
}

export async function readMultipart(request: Request, options: { maxFileBytes: number; fileField: string }): Promise<MultipartUpload> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  const cap = options.maxFileBytes + ENVELOPE;
  if (Number.isFinite(declared) && declared > cap) throw new ServiceError("too_large", frUploads.bodyTooLarge);
  const invalid = () => new ServiceError("invalid", fr.errors.invalid, { [options.fileField]: fr.actions.fileRequired });
  const tooLarge = () => new ServiceError("too_large", frUploads.tooLargeCut(options.maxFileBytes), { [options.fileField]: frUploads.tooLargeCut(options.maxFileBytes) });
  if (!request.body) throw invalid();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // Browsers send a file's name as raw UTF-8 ("rapport é.pdf"), not busboy's default latin1.
      defParamCharset: "utf8",
      // busboy says "limit" on reaching its size: one byte past the largest file allowed.
      limits: { files: 1, fileSize: options.maxFileBytes + 1, fields: 8, fieldSize: 1_000, parts: 10, headerPairs: 20 },
    });
  } catch {
    throw invalid(); // not multipart at all
  }
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const fields: Record<string, string> = {};
  let file: MultipartUpload["file"] = null;
  let received = 0;
  return new Promise<MultipartUpload>((resolve, reject) => {
    let settled = false;
    // Past the cap, the rest is not read: the connection is cut. A malformed form under the cap is read to
    // its end first (still counted against the cap), so that its answer reaches the browser.
    let rejected = false;
    const refuse = (error: ServiceError) => {
      if (!rejected) reject(error);
      rejected = true;
    };
    const fail = (error: ServiceError) => {
      if (error.code === "too_large") {
        source.destroy();
        settled = true;
        return refuse(error);
      }
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.on("close", () => refuse(error));
      source.resume();
    };
    // Whatever the parts, the body as a whole stays under the cap, counted as it comes.
    source.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > cap) fail(new ServiceError("too_large", frUploads.bodyTooLarge));
    });
    source.on("error", () => fail(invalid()));
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) return fail(invalid());
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== options.fileField || file) return void stream.resume();
      const sink = fileSink(Number.isFinite(declared) ? declared : null, options.maxFileBytes);
      stream.on("data", (chunk: Buffer) => sink.push(chunk));
      stream.on("limit", () => fail(tooLarge()));
      stream.on("end", () => {
        if (!settled) file = { name: info.filename ?? "", bytes: sink.bytes() };
      });
    });
    for (const limit of ["partsLimit", "filesLimit", "fieldsLimit"] as const) parser.on(limit, () => fail(invalid()));
    parser.on("error", () => fail(invalid()));
    parser.on("close", () => {
      if (settled) return;
      settled = true;
      resolve({ fields, file });
    });
    source.pipe(parser);
  });
}
