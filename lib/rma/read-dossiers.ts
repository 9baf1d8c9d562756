// Each dossier of a 3.9 list on its own: one that does not fit the format is set apart with its field and
// reason, and the others go on. One malformed dossier must never hide a whole status from the centre.
import { parseJsonKeepingDigits } from "./json-text";
import { fromWireDossier } from "./mapping";
import type { ListCollector } from "./transport";
import type { RetrieveResult } from "./model";
import { wireDossier } from "./wire";

function numberOf(raw: unknown): string | null {
  if (!raw || typeof raw !== "object") return null;
  const value = (raw as Record<string, unknown>).demand_number;
  if (typeof value === "string" && value.trim()) return value.trim();
  if (typeof value === "number") return String(value);
  return null;
}

/** One dossier of a list, into what fits and what is kept aside. */
function readDossier(raw: unknown, into: RetrieveResult) {
  const parsed = wireDossier.safeParse(raw);
  if (parsed.success) {
    into.dossiers.push(fromWireDossier(parsed.data));
    return;
  }
  const issue = parsed.error.issues[0];
  into.rejected.push({ demandNumber: numberOf(raw), field: issue?.path.join(".") ?? "", reason: issue?.message ?? "invalide", raw });
}

export function readDossiers(list: unknown[]): RetrieveResult {
  const result: RetrieveResult = { dossiers: [], rejected: [] };
  for (const raw of list) readDossier(raw, result);
  return result;
}

/** The same, one dossier at a time as a reply arrives (lib/rma/list-stream.ts): each text parsed, read, let go. */
export function dossierCollector(): ListCollector<RetrieveResult> {
  const result: RetrieveResult = { dossiers: [], rejected: [] };
  return { add: (json) => readDossier(parseJsonKeepingDigits(json), result), result: () => result };
}
