// A request body as JSON, its files (Base64Bytes) encoded to base64 piece by piece while the request is
// sent: a 10 MB file never becomes a 13 MB string, nor a 13 MB body beside it. The length is known in
// advance, so the request carries a Content-Length as any other.
import { randomUUID } from "node:crypto";
import { Base64Bytes } from "./base64-bytes";

/** A multiple of 3: each piece's base64 follows the previous one's without padding. */
const PIECE = 3 * 64 * 1024;

export interface JsonBody {
  body: string | ReadableStream<Uint8Array>;
  /** Bytes of the body. */
  length: number;
}

export function jsonBody(value: unknown): JsonBody {
  const files: Base64Bytes[] = [];
  const marker = `\uE000${randomUUID()}\uE000`;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
    const raw = this[key];
    if (!(raw instanceof Base64Bytes)) return replaced;
    files.push(raw);
    return `${marker}${files.length - 1}`;
  });
  if (!files.length) return { body: text, length: Buffer.byteLength(text) };
  // The text around the files, and the files in their places.
  const pieces: Array<string | Base64Bytes> = [];
  let at = 0;
  for (const match of text.matchAll(new RegExp(`"${marker}(\\d+)"`, "g"))) {
    pieces.push(text.slice(at, match.index), files[Number(match[1])]!);
    at = match.index + match[0].length;
  }
  pieces.push(text.slice(at));
  const length = pieces.reduce((sum, piece) => sum + (typeof piece === "string" ? Buffer.byteLength(piece) : piece.length + 2), 0);
  const chunks = (function* () {
    for (const piece of pieces) {
      if (typeof piece === "string") {
        if (piece) yield Buffer.from(piece, "utf8");
        continue;
      }
      const { bytes } = piece;
      yield Buffer.from('"');
      for (let offset = 0; offset < bytes.length; offset += PIECE) {
        yield Buffer.from(Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(PIECE, bytes.length - offset)).toString("base64"), "latin1");
      }
      yield Buffer.from('"');
    }
  })();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  return { body, length };
}
