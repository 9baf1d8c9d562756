// Real-looking French retail data for the demo dossiers: the five resellers of the document, their sites,
// brands and products a repair centre sees every day.
import type { SIM_RESELLERS } from "./vocabulary";

type ResellerCode = (typeof SIM_RESELLERS)[number];

export interface Site {
  code: string;
  name: string;
  street: string;
  number: string | null;
  zip: string;
  city: string;
}

export interface Reseller {
  code: ResellerCode;
  prefix: string;
  mail: string;
  sites: Site[];
}

export const RESELLERS: Reseller[] = [
  {
    code: "AUCHAN", prefix: "ACH", mail: "rma_auchan@monsav.com",
    sites: [
      { code: "AUCHAN_TRAPPES", name: "AUCHAN TRAPPES", street: "Allée du Ruisseau de Gironde", number: null, zip: "78190", city: "TRAPPES" },
      { code: "AUCHAN_VELIZY", name: "AUCHAN VÉLIZY", street: "Avenue de l'Europe", number: "2", zip: "78140", city: "VÉLIZY-VILLACOUBLAY" },
      { code: "AUCHAN_LEERS", name: "AUCHAN LEERS", street: "Rue du Maréchal Foch", number: "1", zip: "59115", city: "LEERS" },
    ],
  },
  {
    code: "CARREFOUR", prefix: "CRF", mail: "sav_carrefour@monsav.com",
    sites: [
      { code: "CARREFOUR_MONTESSON", name: "CARREFOUR MONTESSON", street: "Avenue Gabriel Péri", number: "65", zip: "78360", city: "MONTESSON" },
      { code: "CARREFOUR_VENETTE", name: "CARREFOUR VENETTE", street: "Rue Jean Monnet", number: "2", zip: "60280", city: "VENETTE" },
      { code: "CARREFOUR_LABEGE", name: "CARREFOUR LABÈGE", street: "Route de Baziège", number: "1", zip: "31670", city: "LABÈGE" },
    ],
  },
  {
    code: "BOULANGER", prefix: "BLG", mail: "sav_boulanger@monsav.com",
    sites: [
      { code: "BOULANGER_LILLE", name: "BOULANGER LILLE LOMME", street: "Rue du Grand But", number: "240", zip: "59160", city: "LOMME" },
      { code: "BOULANGER_BORDEAUX", name: "BOULANGER BORDEAUX LAC", street: "Avenue des 40 Journaux", number: "27", zip: "33300", city: "BORDEAUX" },
    ],
  },
  {
    code: "FNAC", prefix: "FNC", mail: "sav_fnac@monsav.com",
    sites: [
      { code: "FNAC_TERNES", name: "FNAC PARIS TERNES", street: "Avenue des Ternes", number: "26", zip: "75017", city: "PARIS" },
      { code: "FNAC_LYON_BELLECOUR", name: "FNAC LYON BELLECOUR", street: "Rue de la République", number: "85", zip: "69002", city: "LYON" },
    ],
  },
  {
    code: "RDC", prefix: "RDC", mail: "sav_rdc@monsav.com",
    sites: [
      { code: "RDC_RENNES", name: "RUE DU COMMERCE RENNES", street: "Boulevard de la Tour d'Auvergne", number: "44", zip: "35000", city: "RENNES" },
      { code: "RDC_ENTREPOT_NORD", name: "RUE DU COMMERCE ENTREPÔT NORD", street: "Rue de l'Épinette", number: "12", zip: "95500", city: "GONESSE" },
    ],
  },
];

export interface Product {
  brand: string;
  model: string;
  partNumber: string;
  /** GS1 company prefix used for the product's EAN. */
  eanPrefix: string;
  /** Phones carry an IMEI; its TAC (first 8 digits). */
  tac?: string;
  faults: string[];
}

export const PRODUCTS: Product[] = [
  { brand: "Samsung", model: "Galaxy A54 5G 128 Go", partNumber: "SM-A546BZKCEUB", eanPrefix: "880609", tac: "35467811", faults: ["EcranCasse", "Batterie", "NeSAllumePas"] },
  { brand: "Apple", model: "iPhone 13 128 Go", partNumber: "MLPF3ZD/A", eanPrefix: "019425", tac: "35320811", faults: ["EcranCasse", "Batterie", "CameraHS"] },
  { brand: "Xiaomi", model: "Redmi Note 12 Pro", partNumber: "MZB0D5FEU", eanPrefix: "694144", tac: "86442106", faults: ["NeChargePas", "EcranCasse"] },
  { brand: "Google", model: "Pixel 8", partNumber: "GA04803-FR", eanPrefix: "084001", tac: "35591535", faults: ["NeSAllumePas", "Batterie"] },
  { brand: "SEB", model: "Cookeo Touch CE9021", partNumber: "CE902100", eanPrefix: "301086", faults: ["NeChauffePas", "ErreurAffichage"] },
  { brand: "Moulinex", model: "Companion XL HF80CB00", partNumber: "HF80CB00", eanPrefix: "301661", faults: ["MoteurBruyant", "NeChauffePas"] },
  { brand: "Rowenta", model: "X-Force Flex 11.60", partNumber: "RH9878WO", eanPrefix: "322131", faults: ["AspirationFaible", "Batterie"] },
  { brand: "Dyson", model: "V11 Absolute", partNumber: "446976-01", eanPrefix: "502530", faults: ["AspirationFaible", "NeSAllumePas"] },
  { brand: "Philips", model: "Série 3200 LatteGo EP3246/70", partNumber: "EP3246/70", eanPrefix: "871010", faults: ["Fuite", "ErreurAffichage"] },
  { brand: "De'Longhi", model: "Magnifica S ECAM22.110.B", partNumber: "ECAM22.110.B", eanPrefix: "804447", faults: ["Fuite", "MoteurBruyant"] },
  { brand: "Bosch", model: "Serie 4 SMS4HTI45E", partNumber: "SMS4HTI45E", eanPrefix: "424200", faults: ["Fuite", "ErreurAffichage"] },
  { brand: "LG", model: "OLED55C3 139 cm", partNumber: "OLED55C36LC", eanPrefix: "880607", faults: ["PasDImage", "BandesEcran"] },
  { brand: "Sony", model: "WH-1000XM5", partNumber: "WH1000XM5B.CE7", eanPrefix: "454854", faults: ["PasDeSon", "Batterie"] },
  { brand: "Nintendo", model: "Switch OLED", partNumber: "HEG-001", eanPrefix: "045496", faults: ["JoyConDrift", "NeChargePas"] },
  { brand: "Krups", model: "Essential YY4451FD", partNumber: "YY4451FD", eanPrefix: "301017", faults: ["NeChauffePas", "Fuite"] },
  { brand: "Whirlpool", model: "FFB 8458 WV F", partNumber: "869991628450", eanPrefix: "800317", faults: ["Fuite", "ErreurAffichage", "TambourBloque"] },
];

export const FAULT_DESCRIPTIONS: Record<string, string> = {
  EcranCasse: "Écran fissuré suite à une chute, tactile partiellement inopérant.",
  Batterie: "La batterie se décharge en moins de deux heures.",
  NeSAllumePas: "L'appareil ne s'allume plus, aucune réaction au bouton.",
  CameraHS: "L'appareil photo arrière affiche un écran noir.",
  NeChargePas: "Ne charge plus avec le câble d'origine.",
  NeChauffePas: "L'appareil ne chauffe plus, message d'erreur au démarrage.",
  ErreurAffichage: "Code erreur affiché à l'écran, programme interrompu.",
  MoteurBruyant: "Bruit anormal du moteur en fonctionnement.",
  AspirationFaible: "Perte de puissance d'aspiration après quelques minutes.",
  Fuite: "Fuite d'eau sous l'appareil pendant l'utilisation.",
  PasDImage: "Son présent mais aucune image.",
  BandesEcran: "Bandes verticales colorées sur la dalle.",
  PasDeSon: "Plus de son côté gauche.",
  JoyConDrift: "Le joystick gauche dérive tout seul.",
  TambourBloque: "Le tambour ne tourne plus, porte verrouillée.",
  AutreProbleme: "Problème décrit par le client au comptoir.",
};

export const FIRST_NAMES = ["Hélène", "François", "Jérôme", "Noël", "Zoé", "Mathéo", "Léa", "Gaëlle", "Chloé", "Loïc", "Inès", "Benoît", "Camille", "Étienne", "Maëlys", "Thomas", "Sophie", "Rémi", "Aurélie", "Jean"];
export const LAST_NAMES = ["Dupont", "Martin", "Lefèvre", "Moreau", "Girard", "Fournier", "Rousseau", "Bonnet", "Mercier", "Lambert", "Faure", "Chevalier", "Garçon", "Lemaître", "Durand", "Bérard", "Perrin", "Roux"];
export const CARRIERS = ["chronopost", "colissimo", "DHL", "UPS"];
