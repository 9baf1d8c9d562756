// Files for commands in tests: kept in `uploads` the way /api/uploads keeps them, referred to by id.
import type { Db } from "@/db";
import type { FileKind, FileRef } from "@/lib/commands/types";
import { saveUpload } from "@/lib/files/uploads";

export const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

export function upload(db: Db, userId: number, name: string, bytes: Buffer, kind: FileKind = "document"): Promise<FileRef> {
  return saveUpload(db, { name, bytes, kind, userId, now: new Date(), maxBytes: 10 * 1024 * 1024 });
}
