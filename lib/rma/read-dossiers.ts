// Each dossier of a 3.9 list on its own: one that does not fit the format is set apart with its field and
// reason, and the others go on. One malformed dossier must never hide a whole status from the centre.
import { fromWireDossier } from "./mapping";
import type { Dossier, RejectedDossier, RetrieveResult } from "./model";
import { wireDossier } from "./wire";

function numberOf(raw: unknown): string | null {
  if (!raw || typeof raw !== "object") return null;
  const value = (raw as Record<string, unknown>).demand_number;
  if (typeof value === "string" && value.trim()) return value.trim();
  if (typeof value === "number") return String(value);
  return null;
}

export function readDossiers(list: unknown[]): RetrieveResult {
  const dossiers: Dossier[] = [];
  const rejected: RejectedDossier[] = [];
  for (const raw of list) {
    const parsed = wireDossier.safeParse(raw);
    if (parsed.success) {
      dossiers.push(fromWireDossier(parsed.data));
      continue;
    }
    const issue = parsed.error.issues[0];
    rejected.push({ demandNumber: numberOf(raw), field: issue?.path.join(".") ?? "", reason: issue?.message ?? "invalide", raw });
  }
  return { dossiers, rejected };
}
