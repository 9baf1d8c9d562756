// Uploads are judged on the server by their size and their real content (magic bytes), never by their
// name or by what the browser claimed.
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { sniffContentType, type SniffedType } from "./sniff";

export const PDF_ONLY: readonly SniffedType[] = ["application/pdf"];
export const PDF_OR_IMAGE: readonly SniffedType[] = ["application/pdf", "image/png", "image/jpeg", "image/webp", "image/gif", "image/heic"];
export const DOCUMENT_TYPES: readonly SniffedType[] = [...PDF_OR_IMAGE, "text/plain"];

export interface CheckedFile {
  name: string;
  base64: string;
  bytes: number;
  contentType: SniffedType;
}

export function checkUpload(file: { name: string; base64: string }, allowed: readonly SniffedType[], maxBytes: number, field: string): CheckedFile {
  const content = Buffer.from(file.base64, "base64");
  if (content.length === 0) throw new ServiceError("invalid", fr.uploads.empty, { [field]: fr.uploads.empty });
  if (content.length > maxBytes) {
    const message = fr.uploads.tooLarge(content.length, maxBytes);
    throw new ServiceError("invalid", message, { [field]: message });
  }
  const contentType = sniffContentType(content);
  if (!allowed.includes(contentType)) {
    const message = fr.uploads.wrongType(allowed);
    throw new ServiceError("invalid", message, { [field]: message });
  }
  // Re-encode what we decoded: a sloppy base64 from the browser never reaches the platform as is.
  return { name: file.name, base64: content.toString("base64"), bytes: content.length, contentType };
}
