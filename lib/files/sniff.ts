// A file's real type from its first bytes (magic numbers), whatever its name or the browser claims.

export type SniffedType = "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "image/heic" | "text/plain" | "text/html" | "application/octet-stream";

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function sniffContentType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("ftyp"), 4) && ["heic", "heix", "mif1", "hevc"].some((brand) => startsWith(bytes, ascii(brand), 8))) return "image/heic";
  if (looksLikeText(bytes)) return looksActive(bytes) ? "text/html" : "text/plain";
  return "application/octet-stream";
}

/**
 * Text a browser or a viewer may run rather than show: HTML, SVG, XML (with its stylesheets), or anything
 * carrying a script. Named "text/html" here, it is in no list of accepted types.
 */
const ACTIVE = /<\s*(!doctype|\?xml|html|svg|script|iframe|object|embed|xsl|body|head|meta|math|a\s[^>]*href)\b|javascript\s*:|\bon[a-z]+\s*=/i;
function looksActive(bytes: Uint8Array): boolean {
  return ACTIVE.test(new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024)));
}

/** UTF-8 text without control characters other than tabs and line breaks, on its first 1 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const head = bytes.subarray(0, 1024);
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.length === bytes.length ? head : head.subarray(0, head.length - 4));
    return true;
  } catch {
    return false;
  }
}

/** Types a browser may show inline without risk: images and PDF. Everything else is downloaded. */
export const INLINE_TYPES: readonly SniffedType[] = ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"];
