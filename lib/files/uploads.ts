import "server-only";
// Files a technician uploads for a command: checked by size and real content once, kept once as bytes,
// referred to by id from the outbox. One path for every file field (agreement, label, quote PDF, documents).
import { createHash, randomUUID } from "node:crypto";
import { and, eq, like, lt, notInArray } from "drizzle-orm";
import { first, type Db } from "@/db";
import { appSettings, outbox, uploads } from "@/db/schema";
import type { FileRef } from "@/lib/commands/types";
import { ServiceError } from "@/lib/errors";
import { ACCEPTED, type FileKind } from "@/lib/files/kinds";
import { sniffContentType, type SniffedType } from "@/lib/files/sniff";
import { fr } from "@/lib/i18n/fr";
import { frUploads } from "@/lib/i18n/fr-uploads";
import { ImageRefused, isReencoded, LOGO_BOUNDS, PHOTO_BOUNDS, reencodeImage } from "@/lib/files/images";

/** A logo is printed on every document: small. */
const MAX_BYTES: Partial<Record<FileKind, number>> = { logo: 1024 * 1024 };

const invalid = (field: string, message: string) => new ServiceError("invalid", message, { [field]: message });

/** Checks a file's size and real type, and keeps its bytes. The field name carries the error to its form. */
export async function saveUpload(db: Db, input: { name: string; bytes: Buffer; kind: FileKind; userId: number; now: Date; maxBytes: number; field?: string }): Promise<FileRef> {
  const field = input.field ?? "file";
  if (input.bytes.length === 0) throw invalid(field, frUploads.empty);
  const maxBytes = Math.min(input.maxBytes, MAX_BYTES[input.kind] ?? Infinity);
  if (input.bytes.length > maxBytes) throw invalid(field, frUploads.tooLarge(input.bytes.length, maxBytes));
  const contentType = sniffContentType(input.bytes);
  if (contentType === "text/html") throw invalid(field, frUploads.activeContent);
  if (!ACCEPTED[input.kind].includes(contentType)) throw invalid(field, frUploads.wrongType(ACCEPTED[input.kind]));
  const content = isReencoded(contentType) ? await reencoded(input.bytes, contentType, input.kind === "logo" ? LOGO_BOUNDS : PHOTO_BOUNDS, field) : input.bytes;
  const name = withExtensionOf(input.name.replace(/[\\/\u0000-\u001f]/g, "_").trim().slice(0, 200) || frUploads.unnamed, contentType);
  const ref: FileRef = { uploadId: randomUUID(), name, size: content.length, sha256: createHash("sha256").update(content).digest("hex"), contentType };
  await db.insert(uploads).values({ id: ref.uploadId, name, contentType, size: ref.size, sha256: ref.sha256, content, createdBy: input.userId > 0 ? input.userId : null, createdAt: input.now });
  return ref;
}

async function reencoded(bytes: Buffer, type: SniffedType, bounds: typeof PHOTO_BOUNDS, field: string): Promise<Buffer> {
  try {
    return await reencodeImage(bytes, type, bounds);
  } catch (error) {
    if (!(error instanceof ImageRefused)) throw error;
    const image = frUploads.image;
    throw invalid(field, error.problem === "too_wide" ? image.too_wide(bounds.maxSide) : image[error.problem]);
  }
}

const EXTENSIONS: Partial<Record<SniffedType, readonly string[]>> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "image/heic": ["heic", "heif"],
  "text/plain": ["txt", "csv", "log"],
};

/**
 * The name the platform gets ends as its content is: a viewer that goes by the extension never takes a
 * text for a page ("x.html" leaves as "x.html.txt") nor a PDF for anything else.
 */
export function withExtensionOf(name: string, type: SniffedType): string {
  const known = EXTENSIONS[type];
  if (!known) return name;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return extension && known.includes(extension) ? name : `${name}.${known[0]}`;
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
  if (!ACCEPTED[kind].includes(row.contentType as SniffedType)) throw invalid(field, frUploads.wrongType(ACCEPTED[kind]));
  return { uploadId: row.id, name: row.name, size: row.size, sha256: row.sha256, contentType: row.contentType };
}

export async function uploadBytes(db: Db, uploadId: string): Promise<Buffer> {
  const row = await first(db.select({ content: uploads.content }).from(uploads).where(eq(uploads.id, uploadId)));
  if (!row) throw new Error(`upload ${uploadId} introuvable`);
  return row.content;
}

/**
 * Uploads nothing refers to, a day after they came: a form abandoned halfway. What refers to one: a
 * command's "uploadId", or a setting's "…UploadId" (the centre's logo, kept as long as it is the logo).
 */
export async function forgetOrphanUploads(db: Db, now: Date) {
  // Read from their JSON here rather than in SQL, the same on both engines.
  const referenced = new Set<string>();
  const collect = (json: string) =>
    JSON.stringify(JSON.parse(json), (key, value: unknown) => {
      if (/^(upload|[a-z]+Upload)Id$/.test(key) && typeof value === "string") referenced.add(value);
      return value;
    });
  for (const { payload } of await db.select({ payload: outbox.payload }).from(outbox).where(like(outbox.payload, '%"uploadId"%'))) collect(payload);
  for (const { value } of await db.select({ value: appSettings.value }).from(appSettings).where(like(appSettings.value, '%UploadId"%'))) collect(value);
  const deleted = await db
    .delete(uploads)
    .where(and(lt(uploads.createdAt, new Date(now.getTime() - 86_400_000)), referenced.size ? notInArray(uploads.id, [...referenced]) : undefined))
    .returning({ id: uploads.id });
  return deleted.length;
}
