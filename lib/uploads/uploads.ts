import "server-only";
// Files a technician uploads for a command: checked by size and real content once, kept once as bytes,
// referred to by id from the outbox. One path for every file field (agreement, label, quote PDF, documents).
import { createHash, randomUUID } from "node:crypto";
import { and, eq, like, lt, notInArray } from "drizzle-orm";
import { first, type Db } from "@/db";
import { outbox, uploads } from "@/db/schema";
import type { FileKind, FileRef } from "@/lib/commands/types";
import { ServiceError } from "@/lib/errors";
import { DOCUMENT_TYPES, PDF_ONLY, PDF_OR_IMAGE } from "@/lib/files/upload-rules";
import { sniffContentType, type SniffedType } from "@/lib/files/sniff";
import { fr } from "@/lib/i18n/fr";

export const ALLOWED: Record<FileKind, readonly SniffedType[]> = { pdf: PDF_ONLY, "pdf-or-image": PDF_OR_IMAGE, document: DOCUMENT_TYPES, logo: ["image/png", "image/jpeg"] };
/** A logo is printed on every document: small. */
const MAX_BYTES: Partial<Record<FileKind, number>> = { logo: 1024 * 1024 };

const invalid = (field: string, message: string) => new ServiceError("invalid", message, { [field]: message });

/** Checks a file's size and real type, and keeps its bytes. The field name carries the error to its form. */
export async function saveUpload(db: Db, input: { name: string; bytes: Buffer; kind: FileKind; userId: number; now: Date; maxBytes: number; field?: string }): Promise<FileRef> {
  const field = input.field ?? "file";
  if (input.bytes.length === 0) throw invalid(field, fr.uploads.empty);
  const maxBytes = Math.min(input.maxBytes, MAX_BYTES[input.kind] ?? Infinity);
  if (input.bytes.length > maxBytes) throw invalid(field, fr.uploads.tooLarge(input.bytes.length, maxBytes));
  const contentType = sniffContentType(input.bytes);
  if (!ALLOWED[input.kind].includes(contentType)) throw invalid(field, fr.uploads.wrongType(ALLOWED[input.kind]));
  const name = input.name.replace(/[\\/\u0000-\u001f]/g, "_").trim().slice(0, 200) || "fichier";
  const ref: FileRef = { uploadId: randomUUID(), name, size: input.bytes.length, sha256: createHash("sha256").update(input.bytes).digest("hex"), contentType };
  await db.insert(uploads).values({ id: ref.uploadId, name, contentType, size: ref.size, sha256: ref.sha256, content: input.bytes, createdBy: input.userId > 0 ? input.userId : null, createdAt: input.now });
  return ref;
}

/** A file field of a command: the caller's own upload, of a type the field takes. */
export async function resolveUpload(db: Db, uploadId: string, kind: FileKind, userId: number, field: string): Promise<FileRef> {
  const row = await first(
    db
    .select({ id: uploads.id, name: uploads.name, size: uploads.size, sha256: uploads.sha256, contentType: uploads.contentType, createdBy: uploads.createdBy })
    .from(uploads)
    .where(eq(uploads.id, uploadId)),
  );
  // Someone else's upload is as unknown as a missing one.
  if (!row || (row.createdBy ?? 0) !== (userId > 0 ? userId : 0)) throw invalid(field, fr.actions.fileRequired);
  if (!ALLOWED[kind].includes(row.contentType as SniffedType)) throw invalid(field, fr.uploads.wrongType(ALLOWED[kind]));
  return { uploadId: row.id, name: row.name, size: row.size, sha256: row.sha256, contentType: row.contentType };
}

export async function uploadBytes(db: Db, uploadId: string): Promise<Buffer> {
  const row = await first(db.select({ content: uploads.content }).from(uploads).where(eq(uploads.id, uploadId)));
  if (!row) throw new Error(`upload ${uploadId} introuvable`);
  return row.content;
}

/** Uploads no command refers to, a day after they came: a form abandoned halfway. */
export async function forgetOrphanUploads(db: Db, now: Date) {
  // Which uploads the commands name: read from their JSON here rather than in SQL, the same on both engines.
  const referenced = new Set<string>();
  for (const { payload } of await db.select({ payload: outbox.payload }).from(outbox).where(like(outbox.payload, '%"uploadId"%'))) {
    JSON.stringify(JSON.parse(payload), (key, value: unknown) => {
      if (key === "uploadId" && typeof value === "string") referenced.add(value);
      return value;
    });
  }
  const deleted = await db
    .delete(uploads)
    .where(and(lt(uploads.createdAt, new Date(now.getTime() - 86_400_000)), referenced.size ? notInArray(uploads.id, [...referenced]) : undefined))
    .returning({ id: uploads.id });
  return deleted.length;
}
