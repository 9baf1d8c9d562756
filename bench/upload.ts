// The 10 MB document, phase by phase, on the server's own peak memory (VmHWM): received (multipart read as
// it arrives), sent to the platform (base64 written as the request goes out), and the dossier's documents
// read back from the platform (3.10 carries every file in base64). A small file goes through first, so
// that loading the code of each phase is not counted against the big one.
import { randomUUID } from "node:crypto";
import { actionId } from "../e2e/support/server-actions";
import { peakMemoryMiB, type AppServer } from "./server";

export interface UploadPhases {
  bytes: number;
  received: number;
  sent: number;
  listed: number;
}

async function once(server: AppServer, dossier: string, size: number): Promise<UploadPhases> {
  const content = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9, 0x20)]);
  const headers = { Cookie: server.cookie, Origin: server.base };
  const start = peakMemoryMiB(server.pid);
  const form = new FormData();
  form.set("kind", "document");
  form.set("field", "file");
  form.set("file", new Blob([content], { type: "application/pdf" }), "rapport-10mo.pdf");
  const uploaded = (await (await fetch(`${server.base}/api/uploads`, { method: "POST", body: form, headers })).json()) as { data?: { uploadId: string } };
  if (!uploaded.data) throw new Error(`upload refusé : ${JSON.stringify(uploaded)}`);
  const received = peakMemoryMiB(server.pid);
  const command = { kind: "document", payload: { file: { uploadId: uploaded.data.uploadId }, type: "REPORT" } };
  const reply = await fetch(`${server.base}/dossiers/${encodeURIComponent(dossier)}`, {
    method: "POST",
    headers: { ...headers, "Next-Action": actionId("submitDossierAction"), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    body: JSON.stringify([{ requestId: randomUUID(), demandNumber: dossier, command }]),
  });
  if (!(await reply.text()).includes('"ok":true')) throw new Error("envoi du document refusé");
  const sent = peakMemoryMiB(server.pid);
  await (await fetch(`${server.base}/api/dossiers/${encodeURIComponent(dossier)}/documents`, { headers })).text();
  const listed = peakMemoryMiB(server.pid);
  return { bytes: content.length, received: received - start, sent: sent - received, listed: listed - sent };
}

export async function uploadPhases(server: AppServer, dossiers: [string, string]): Promise<UploadPhases> {
  await once(server, dossiers[0], 20 * 1024);
  return once(server, dossiers[1], 10 * 1024 * 1024);
}
