// A dossier's flow type as a technician reads it. Pure: used by server and client components.
import { DOSSIER_TYPE_LABELS, type DossierType } from "@/lib/rma/constants";
import { fr } from "@/lib/i18n/fr";

/** REP and PAD with their label; any other code (PMS…) as it came, said to be undescribed. */
export function typeLabel(type: string): string {
  return Object.hasOwn(DOSSIER_TYPE_LABELS, type) ? `${type} — ${DOSSIER_TYPE_LABELS[type as DossierType]}` : fr.dossier.unknownType(type);
}
