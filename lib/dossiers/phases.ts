// The 24 statuses grouped in the phases a technician thinks in. Adjusted from the grouping where
// section 4's flows say otherwise: RMAOK means "accepted, the product is on its way", so it sits with
// the transit statuses; RMANOK ends the dossier, so it has a phase of its own.
import type { StatusCode } from "@/lib/rma/constants";

export const PHASES = [
  { id: "a-traiter", label: "À traiter", statuses: ["RMAD"] },
  { id: "en-transit", label: "En transit", statuses: ["RMAOK", "ATTTRA", "ATTEXP", "EXPOK"] },
  { id: "reception-expertise", label: "Reçus et expertise", statuses: ["D", "IEXP"] },
  { id: "devis", label: "Devis", statuses: ["EDE", "VDE", "RDE"] },
  { id: "reparation", label: "Réparation", statuses: ["REPPROG", "CMDPART", "INTWAIT", "INTDATEOK", "PRRE", "PRIR", "PRHG"] },
  { id: "information", label: "Information", statuses: ["INFSTT", "INFREV"] },
  { id: "solutions-retours", label: "Solutions et retours", statuses: ["AVRC", "AVRF", "RPLPR", "RPR"] },
  { id: "refuses", label: "Refusés", statuses: ["RMANOK"] },
] as const satisfies ReadonlyArray<{ id: string; label: string; statuses: readonly StatusCode[] }>;

export type PhaseId = (typeof PHASES)[number]["id"];
/** The queue's tab for codes the annex does not list (kept as the platform sent them). */
export const UNKNOWN_PHASE = { id: "inconnus", label: "Statuts inconnus" } as const;
export type QueuePhaseId = PhaseId | typeof UNKNOWN_PHASE.id;
export const PHASE_IDS: [QueuePhaseId, ...QueuePhaseId[]] = [UNKNOWN_PHASE.id, ...PHASES.map((p) => p.id)];
export const KNOWN_STATUSES: readonly string[] = PHASES.flatMap((p) => p.statuses);

/** The phase of a status of the annex; undefined for a code the platform sent that the annex does not list. */
export function phaseOf(status: string) {
  return PHASES.find((phase) => (phase.statuses as readonly string[]).includes(status));
}

/** Phases where a dossier is finished: no aging warning there. */
export const CLOSED_STATUSES: readonly string[] = ["AVRC", "AVRF", "RPR", "RMANOK"] satisfies StatusCode[];
