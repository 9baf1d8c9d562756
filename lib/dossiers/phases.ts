// The 24 statuses grouped in the phases a technician thinks in. Adjusted from the grouping where
// section 4's flows say otherwise: RMAOK means "accepted, the product is on its way", so it sits with
// the transit statuses; RMANOK ends the dossier, so it has a phase of its own.
import { PHASE_WORDS } from "@/lib/i18n/vocabulary";
import type { StatusCode } from "@/lib/rma/constants";

export const PHASES = [
  { id: "a-traiter", label: PHASE_WORDS["a-traiter"], statuses: ["RMAD"] },
  { id: "en-transit", label: PHASE_WORDS["en-transit"], statuses: ["RMAOK", "ATTTRA", "ATTEXP", "EXPOK"] },
  { id: "reception-expertise", label: PHASE_WORDS["reception-expertise"], statuses: ["D", "IEXP"] },
  { id: "devis", label: PHASE_WORDS["devis"], statuses: ["EDE", "VDE", "RDE"] },
  { id: "reparation", label: PHASE_WORDS["reparation"], statuses: ["REPPROG", "CMDPART", "INTWAIT", "INTDATEOK", "PRRE", "PRIR", "PRHG"] },
  { id: "information", label: PHASE_WORDS["information"], statuses: ["INFSTT", "INFREV"] },
  { id: "solutions-retours", label: PHASE_WORDS["solutions-retours"], statuses: ["AVRC", "AVRF", "RPLPR", "RPR"] },
  { id: "refuses", label: PHASE_WORDS["refuses"], statuses: ["RMANOK"] },
] as const satisfies ReadonlyArray<{ id: string; label: string; statuses: readonly StatusCode[] }>;

export type PhaseId = (typeof PHASES)[number]["id"];
/** The queue's tab for codes the annex does not list (kept as the platform sent them). */
export const UNKNOWN_PHASE = { id: "inconnus", label: PHASE_WORDS.inconnus } as const;
export type QueuePhaseId = PhaseId | typeof UNKNOWN_PHASE.id;
export const PHASE_IDS: [QueuePhaseId, ...QueuePhaseId[]] = [UNKNOWN_PHASE.id, ...PHASES.map((p) => p.id)];
export const KNOWN_STATUSES: readonly string[] = PHASES.flatMap((p) => p.statuses);

/** The phase of a status of the annex; undefined for a code the platform sent that the annex does not list. */
export function phaseOf(status: string) {
  return PHASES.find((phase) => (phase.statuses as readonly string[]).includes(status));
}

/** Phases where a dossier is finished: no aging warning there. */
export const CLOSED_STATUSES: readonly string[] = ["AVRC", "AVRF", "RPR", "RMANOK"] satisfies StatusCode[];
