// The kinds of file a form may upload, and what real content each accepts: said once. Uploads are judged on
// the server by their size and their real content (magic bytes), never by their name or by what the browser
// claimed. Pure: the browser's upload helper and the forms import the kinds.
import type { SniffedType } from "./sniff";

export const FILE_KINDS = ["pdf", "pdf-or-image", "document", "logo"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const PDF_OR_IMAGE: readonly SniffedType[] = ["application/pdf", "image/png", "image/jpeg", "image/webp", "image/gif", "image/heic"];

export const ACCEPTED: Record<FileKind, readonly SniffedType[]> = {
  pdf: ["application/pdf"],
  "pdf-or-image": PDF_OR_IMAGE,
  document: [...PDF_OR_IMAGE, "text/plain"],
  logo: ["image/png", "image/jpeg"],
};
