// The simulator's own copy of the document's vocabulary (annex 5.1, 3.6, 3.7, 3.9). Deliberately not
// imported from lib/rma: the simulator is a second reading of the document, so that a mistake in the
// client's reading can fail a test instead of being confirmed by it.

export const SIM_STATUS_LABELS: Record<string, string> = {
  RMAD: "En attente retour partenaire",
  RMAOK: "Dossier accepté",
  RMANOK: "Dossier refusé",
  ATTEXP: "En attente d'expédition (client vers centre)",
  EXPOK: "Expédition effectuée (client vers centre)",
  INFSTT: "Demande d'information du partenaire",
  INFREV: "Information transmise par le revendeur",
  AVRC: "Solution commercial acceptée",
  AVRF: "Solution commerciale refusée",
  PRRE: "Produit réparé",
  PRIR: "Produit irréparable",
  CMDPART: "Commande de pièce",
  PRHG: "Produit hors garantie",
  RPLPR: "Remplacement du produit",
  EDE: "Émission d'un devis",
  VDE: "Devis validé",
  RDE: "Devis refusé",
  INTWAIT: "En attente d'une date d'intervention sur site",
  INTDATEOK: "Date intervention sur site validée",
  RPR: "Retour du produit (Centre vers client)",
  REPPROG: "Réparation en cours",
  D: "Produit reçu",
  IEXP: "Expertise en cours",
  ATTTRA: "En attente du bon de transport",
};

export const SIM_STATUS_CODES = Object.keys(SIM_STATUS_LABELS) as [string, ...string[]];

/** Codes set by the platform or the reseller, never by a centre through demands/status. */
export const SIM_RESELLER_CODES = ["RMAD", "RMAOK", "RMANOK", "VDE", "RDE", "INFREV"];

export const SIM_TRACKING_TYPES = ["CLIENT_TO_CENTER", "CENTER_TO_CLIENT"] as const;
export const SIM_UPLOAD_TYPES = ["AGREEMENT", "PICTURE", "REPORT", "OTHER"] as const;
export const SIM_RESELLERS = ["AUCHAN", "CARREFOUR", "BOULANGER", "RDC", "FNAC"] as const;

/** One dossier as 3.9 shows it: the simulator's stored record, sent as is (through the profile). */
export interface SimDossier {
  type: string;
  demand_number: string;
  agreement_number: string | null;
  date: string | null;
  current_status_code: string;
  current_status_label: string | null;
  current_status_comment: string | null;
  quote_treatment: string | null;
  tracking_number: string | null;
  carrier_name: string | null;
  [field: string]: unknown;
}
