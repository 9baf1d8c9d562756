import "server-only";
// Outbox rows written before files moved to `uploads` carried them as base64 inside the payload. At start,
// their bytes move to `uploads` once, and the payload keeps a reference, as every newer row does.
import { createHash, randomUUID } from "node:crypto";
import { eq, like } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox, uploads } from "@/db/schema";
import { sniffContentType } from "@/lib/files/sniff";

type Legacy = { name: string; base64: string; bytes?: number };
const isLegacy = (v: unknown): v is Legacy => Boolean(v) && typeof v === "object" && typeof (v as Legacy).base64 === "string" && typeof (v as Legacy).name === "string";

export async function upgradeLegacyFiles(db: Db, now = new Date()): Promise<number> {
  const rows = await db.select().from(outbox).where(like(outbox.payload, '%"base64"%'));
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    await db.transaction(async (tx) => {
      for (const [key, value] of Object.entries(payload)) {
        if (!isLegacy(value)) continue;
        const content = Buffer.from(value.base64, "base64");
        const id = randomUUID();
        const sha256 = createHash("sha256").update(content).digest("hex");
        const contentType = sniffContentType(content);
        await tx.insert(uploads).values({ id, name: value.name, contentType, size: content.length, sha256, content, createdBy: row.createdBy, createdAt: now });
        payload[key] = { uploadId: id, name: value.name, size: content.length, sha256, contentType };
      }
      await tx.update(outbox).set({ payload: JSON.stringify(payload) }).where(eq(outbox.id, row.id));
    });
  }
  return rows.length;
}
