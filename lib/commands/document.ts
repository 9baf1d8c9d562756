// 3.7 demands/adddocument: a report, a photo, an agreement, anything else.
import { z } from "zod";
import { UPLOAD_DOCUMENT_TYPES } from "@/lib/rma/constants";
import { fileInput, fileRef, fileSummary } from "./shared";
import type { CommandDefinition } from "./types";

const input = z.object({ file: fileInput, type: z.enum(UPLOAD_DOCUMENT_TYPES) });
const params = input.extend({ file: fileRef });
export type DocumentParams = z.output<typeof params>;

export const document: CommandDefinition<z.output<typeof input>, DocumentParams> = {
  verb: "document",
  input,
  params,
  files: { file: "document" },
  allowed: () => null,
  expectedStatus: () => null,
  send: async ({ client, bytes }, demandNumber, p) => client.addDocument({ demandNumber, fileName: p.file.name, content: await bytes(p.file), type: p.type }),
  apply: () => undefined,
  statusesToRead: () => [],
  baseline: (p) => ({ name: p.file.name, size: p.file.size, sha256: p.file.sha256 }),
  // 3.10 returns the contents: applied only if the platform now holds one more document with this name,
  // size and content hash than before the first send. An earlier identical document proves nothing.
  async verify(e, p) {
    if (e.baselineCount === null) return "undecidable";
    const count = await e.matchingDocuments({ name: p.file.name, size: p.file.size, sha256: p.file.sha256 });
    if (count > e.baselineCount) return "applied";
    return count === e.baselineCount ? "not-applied" : "undecidable";
  },
  autoResend: true,
  summary: (p) => ({ ...p, file: fileSummary(p.file) }),
};
