import "server-only";
// A dossier's documents, fetched from the platform through the server (demands/documents carries the files
// themselves, in base64). A short cache keeps the list and the previews from downloading everything twice.
import type { RmaDocument } from "@/lib/rma/model";
import type { Centre } from "@/lib/tenancy/centres";
import { sniffContentType, type SniffedType } from "@/lib/files/sniff";

const TTL_MS = 60_000;
const MAX_ENTRIES = 20;
// One cache per process, not per bundle: Next.js may load this module once for the server actions and once
// for the route handlers, and a document added through one must be seen through the other.
const globalForDocuments = globalThis as unknown as { atelierDocuments?: Map<string, { at: number; documents: Promise<RmaDocument[]> }> };
const cache = (globalForDocuments.atelierDocuments ??= new Map());

// Keyed by centre too: two centres' platforms may both know a dossier number.
const keyOf = (centreId: number, demandNumber: string) => `${centreId}:${demandNumber}`;

function fetchDocuments(centre: Centre, demandNumber: string): Promise<RmaDocument[]> {
  const key = keyOf(centre.id, demandNumber);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.documents;
  const documents = centre.rma.documents(demandNumber);
  cache.set(key, { at: Date.now(), documents });
  documents.catch(() => cache.delete(key));
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return documents;
}

/** Forget a dossier's documents after we added one. */
export const forgetDocuments = (centreId: number, demandNumber: string) => cache.delete(keyOf(centreId, demandNumber));

export interface DocumentInfo {
  index: number;
  type: string | null;
  fileName: string;
  size: number;
  contentType: SniffedType;
  date: string | null;
}

export async function listDocuments(centre: Centre, demandNumber: string): Promise<DocumentInfo[]> {
  const documents = await fetchDocuments(centre, demandNumber);
  return documents.map((d, index) => ({ index, type: d.type, fileName: d.fileName, size: d.content.length, contentType: sniffContentType(d.content), date: d.date }));
}

export async function getDocument(centre: Centre, demandNumber: string, index: number) {
  const document = (await fetchDocuments(centre, demandNumber))[index];
  return document ? { ...document, contentType: sniffContentType(document.content) } : null;
}
