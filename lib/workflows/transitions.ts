// What a centre may send on a dossier. Two kinds of answer, kept apart on purpose:
// - the document's hard rules (RMAD for accept/refuse, no status before the accept, no reseller code),
//   enforced on the server and shown in the UI;
// - guidance from section 4's flows (which status usually comes next), offered first but never a gate.
import { CENTRE_STATUS_CODES, isStatusCode, type CentreStatusCode, type StatusCode } from "@/lib/rma/constants";
import type { Treatment } from "./treatment";

export interface DossierFacts {
  /** REP, PAD or any other code kept as the platform sent it. */
  type: string;
  statusCode: string;
  agreementNumber: string | null;
  /** Kept on its own (dossiers.accepted_at): we accepted it, or the platform showed it past RMAD. */
  accepted: boolean;
}

/** What Atelier itself did, which the platform's status may not show (see lib/dossiers/local-record.ts). */
export interface LocalRecord {
  /** The last quote we sent that has no answer yet. */
  openQuote: { number: string; sentAt: string } | null;
  /** Our last information request that the reseller has not answered (INFREV) yet. */
  infoRequestedAt: string | null;
  /** The treatment after an RDE: the platform's, else the one a technician chose. */
  treatment: Treatment | null;
}

export const NO_LOCAL_RECORD: LocalRecord = { openQuote: null, infoRequestedAt: null, treatment: null };

/**
 * Statuses that do not show an accept: the platform's own RMAD and RMANOK, and the information exchange,
 * which may happen before the accept (3.4: "demander la correction du numéro de série").
 * ASSUMPTION: any other status the platform shows (RMAOK, D, an unknown code…) means the dossier was
 * accepted. Profile `lenient` leaves a dossier at RMAD after a message; `strict` moves an accepted one to INFSTT.
 */
const NOT_ACCEPTANCE = new Set(["RMAD", "RMANOK", "INFSTT", "INFREV"]);
export const showsAcceptance = (status: string) => !NOT_ACCEPTANCE.has(status);

/** 3.2/3.3: a dossier is accepted or refused while it waits for the centre, at RMAD. */
export const canAcceptOrRefuse = (d: DossierFacts) => d.statusCode === "RMAD";

/** Section 4 "PAD/PMS": any flow other than REP that carries the supplier's agreement needs no accept. */
export const followsPadRules = (d: Pick<DossierFacts, "type" | "agreementNumber">) => d.type !== "REP" && Boolean(d.agreementNumber);

/**
 * 3.5: "Si la demande n'est pas encore validée (route accept) vous ne pourrez pas mettre à jour le dossier",
 * except when the product already has the supplier's agreement (PAD). A quote updates the dossier too.
 */
export const canSendStatus = (d: DossierFacts) => d.accepted || followsPadRules(d);

/** Statuses worth offering first after each status, from section 4's flows. */
const SUGGESTED: Partial<Record<StatusCode, CentreStatusCode[]>> = {
  RMAD: ["D", "IEXP", "ATTTRA", "ATTEXP", "EXPOK"],
  RMAOK: ["ATTTRA", "ATTEXP", "EXPOK", "D", "INTWAIT"],
  ATTTRA: ["ATTEXP", "EXPOK", "D"],
  ATTEXP: ["EXPOK", "D"],
  EXPOK: ["D"],
  D: ["IEXP", "REPPROG", "INTWAIT", "PRHG"],
  IEXP: ["AVRC", "AVRF", "RPLPR", "REPPROG", "CMDPART", "PRIR", "PRHG"],
  VDE: ["REPPROG", "CMDPART"],
  RDE: ["RPR"],
  REPPROG: ["CMDPART", "PRRE", "PRIR"],
  CMDPART: ["REPPROG", "PRRE", "PRIR"],
  INTWAIT: ["INTDATEOK"],
  INTDATEOK: ["REPPROG", "PRRE", "PRIR"],
  PRRE: ["RPR"],
  PRIR: ["RPR"],
  PRHG: ["IEXP", "RPR"],
  RPLPR: ["RPR"],
  INFREV: ["D", "IEXP", "REPPROG"],
};

/** Statuses after which section 4's flows send the product back (RPR): what a shipping day picks from. */
export const READY_TO_RETURN = (Object.keys(SUGGESTED) as StatusCode[]).filter((code) => SUGGESTED[code]!.includes("RPR"));

/** Statuses at which a quote has been answered or the repair has moved on: EDE is no longer worth sending. */
const PAST_QUOTE: readonly string[] = ["EDE", "VDE", "RDE", "REPPROG", "CMDPART", "PRRE", "PRIR", "RPR"];

export interface StatusChoices {
  /** What the flow suggests now, in order. */
  suggested: CentreStatusCode[];
  /** Every other code the centre may send ("Autre statut"), behind a confirmation. */
  others: CentreStatusCode[];
}

export function statusChoices(d: DossierFacts, local: LocalRecord = NO_LOCAL_RECORD): StatusChoices {
  if (!canSendStatus(d)) return { suggested: [], others: [] };
  const hidden = new Set<string>(local.treatment === "DESTRUCT" ? ["RPR"] : []);
  const base = isStatusCode(d.statusCode) ? (SUGGESTED[d.statusCode] ?? []) : [];
  // A quote the platform left where it was: EDE is offered first, so the technician can set it.
  const ede: CentreStatusCode[] = local.openQuote && !PAST_QUOTE.includes(d.statusCode) ? ["EDE"] : [];
  const suggested = [...new Set([...ede, ...base])].filter((c) => !hidden.has(c) && c !== d.statusCode);
  const others = CENTRE_STATUS_CODES.filter((c) => !suggested.includes(c) && !hidden.has(c));
  return { suggested, others };
}

/** A code the centre may send now, whether suggested or not: the server's check. */
export function mayCentreSend(d: DossierFacts, code: string, local: LocalRecord = NO_LOCAL_RECORD): boolean {
  const { suggested, others } = statusChoices(d, local);
  return (suggested as string[]).includes(code) || (others as string[]).includes(code);
}

/** The quote form: after the accept (3.5); guidance keeps it away from the PAD flows, which have none. */
export const canQuote = (d: DossierFacts) => canSendStatus(d);
