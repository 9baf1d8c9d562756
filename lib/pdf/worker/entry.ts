// The worker thread's side: draws the documents it is sent, one after the other, and answers each with its
// bytes (moved, not copied) or its error. Bundled by scripts/build-pdf-worker.mjs; no "server-only" here,
// this file never reaches a browser bundle.
import { parentPort } from "node:worker_threads";
import { drawDocument, type PdfJob } from "../documents";

parentPort!.on("message", async ({ id, job }: { id: number; job: PdfJob }) => {
  try {
    const pdf = await drawDocument(job);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort!.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
