// Uploads are judged on the server by their size and their real content (magic bytes), never by their
// name or by what the browser claimed.
import type { SniffedType } from "./sniff";

export const PDF_ONLY: readonly SniffedType[] = ["application/pdf"];
export const PDF_OR_IMAGE: readonly SniffedType[] = ["application/pdf", "image/png", "image/jpeg", "image/webp", "image/gif", "image/heic"];
export const DOCUMENT_TYPES: readonly SniffedType[] = [...PDF_OR_IMAGE, "text/plain"];
