// The platform's words and the workshop's, in French: the annex's status labels (as the document writes
// them), the flow types, the queue's phases. Pure data: imported by the UI, the client and the simulator alike.

export const STATUS_WORDS = {
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
} as const;

export const DOSSIER_TYPE_WORDS = {
  REP: "Réparation",
  PAD: "Panne au déballage",
};

export const PHASE_WORDS = {
  "a-traiter": "À traiter",
  "en-transit": "En transit",
  "reception-expertise": "Reçus et expertise",
  devis: "Devis",
  reparation: "Réparation",
  information: "Information",
  "solutions-retours": "Solutions et retours",
  refuses: "Refusés",
  inconnus: "Statuts inconnus",
} as const;

/** The guided flows of section 4 (lib/wizards/wizards.ts): each flow's name and each step's. */
export const WIZARD_WORDS = {
  flowPadCommercial: "PAD — solution commerciale",
  flowPadExchange: "PAD — échange à neuf",
  flowWarranty: "Réparation sous garantie",
  flowOutOfWarranty: "Réparation hors garantie",
  received: "Produit reçu (D)",
  expertise: "Expertise en cours (IEXP)",
  accept: "Accepter le dossier",
  commercialSolution: "Valider ou refuser la solution commerciale (AVRC / AVRF)",
  replacement: "Remplacement du produit (RPLPR)",
  returnWithTracking: "Retour du produit avec son suivi (RPR)",
  repairing: "Réparation en cours (REPPROG)",
  outcomeOrPart: "Produit réparé ou irréparable (PRRE / PRIR), pièce commandée (CMDPART)",
  outcome: "Produit réparé ou irréparable (PRRE / PRIR)",
  quote: "Émettre le devis",
  awaitAnswer: "Attendre la réponse du revendeur (VDE / RDE)",
  chooseTreatment: "Choisir le traitement du produit (retour ou destruction)",
  destroy: "Détruire le produit et joindre le rapport de destruction",
  returnUnrepaired: "Retour du produit sans réparation (RPR)",
} as const;
