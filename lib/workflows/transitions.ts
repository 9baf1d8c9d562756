// What a centre may do next, from a dossier's current status, following the flows of section 4.
// Pure: the forms offer these, the server re-checks them, and the platform stays the final judge.
import type { CentreStatusCode, DossierType, StatusCode } from "@/lib/rma/constants";

export interface DossierFacts {
  type: DossierType;
  statusCode: StatusCode;
  agreementNumber: string | null;
}

/** Statuses worth offering after each status. */
const NEXT: Record<StatusCode, CentreStatusCode[]> = {
  RMAD: ["ATTTRA", "ATTEXP", "EXPOK", "D"],
  RMAOK: ["ATTTRA", "ATTEXP", "EXPOK", "D", "INTWAIT"],
  ATTTRA: ["ATTEXP", "EXPOK", "D"],
  ATTEXP: ["EXPOK", "D"],
  EXPOK: ["D"],
  D: ["IEXP", "REPPROG", "INTWAIT", "PRHG"],
  IEXP: ["AVRC", "AVRF", "RPLPR", "REPPROG", "CMDPART", "PRIR", "PRHG"],
  EDE: [],
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
  INFSTT: [],
  INFREV: ["D", "IEXP", "REPPROG"],
  AVRC: [],
  AVRF: [],
  RPR: [],
  RMANOK: [],
};

const CLOSED: StatusCode[] = ["AVRC", "AVRF", "RPR", "RMANOK"];

/** 3.5: no status before the accept, except PAD dossiers that already carry the supplier's agreement. */
export function canSendStatus(d: DossierFacts): boolean {
  if (d.statusCode === "RMANOK") return false;
  if (d.statusCode !== "RMAD") return true;
  return d.type === "PAD" && Boolean(d.agreementNumber);
}

export function nextStatuses(d: DossierFacts): CentreStatusCode[] {
  return canSendStatus(d) ? NEXT[d.statusCode] : [];
}

export const canAcceptOrRefuse = (d: DossierFacts) => d.statusCode === "RMAD";
export const canMessage = (d: DossierFacts) => !CLOSED.includes(d.statusCode) && d.statusCode !== "INFSTT";
/** A repair quote after the expertise (or after a refused one, to propose another); PAD flows have none. */
export const canQuote = (d: DossierFacts) => d.type === "REP" && canSendStatus(d) && (["D", "IEXP", "PRHG", "RDE"] as StatusCode[]).includes(d.statusCode);
export const canAddDocuments = (d: DossierFacts) => d.statusCode !== "RMANOK";
export const canSendTracking = (d: DossierFacts) => !(["RMANOK", "AVRC", "AVRF"] as StatusCode[]).includes(d.statusCode);
