import "server-only";
// An archive encrypted with BACKUP_KEY: AES-256-GCM, the key derived by scrypt with a salt of its own, so a
// copy of the backups without the key reveals nothing and a changed byte is found. Streamed both ways: a
// centre's archive may be larger than the memory the process should spend on it.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";

const scrypt = promisify(scryptCb) as (key: string, salt: Buffer, length: number) => Promise<Buffer>;
const MAGIC = Buffer.from("ATELIER-BACKUP-1\n");
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV;

export async function encryptFile(plain: string, out: string, key: string): Promise<void> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", await scrypt(key, salt, 32), iv);
  const target = createWriteStream(out, { mode: 0o600 });
  target.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(createReadStream(plain), cipher, target, { end: false });
  await new Promise<void>((resolve, reject) => target.end(cipher.getAuthTag(), () => resolve()).on("error", reject));
}

export async function isEncrypted(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(MAGIC.length);
    await handle.read(head, 0, MAGIC.length, 0);
    return head.equals(MAGIC);
  } finally {
    await handle.close();
  }
}

/** The archive's plain bytes; the stream errors at its end when the key is wrong or a byte was changed. */
export async function decryptingStream(file: string, key: string): Promise<Readable> {
  const size = (await stat(file)).size;
  if (size < HEADER + TAG) throw new Error("short");
  const handle = await open(file, "r");
  const header = Buffer.alloc(HEADER + TAG);
  try {
    await handle.read(header, 0, HEADER, 0);
    await handle.read(header, HEADER, TAG, size - TAG);
  } finally {
    await handle.close();
  }
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = header.subarray(MAGIC.length + SALT, HEADER);
  const decipher = createDecipheriv("aes-256-gcm", await scrypt(key, salt, 32), iv);
  decipher.setAuthTag(header.subarray(HEADER));
  return createReadStream(file, { start: HEADER, end: size - TAG - 1 }).pipe(decipher);
}
