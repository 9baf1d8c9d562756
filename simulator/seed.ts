// Deterministic demo data: the same seed always gives the same ~300 dossiers, spread over the four flows
// of section 4 at every stage, created over the 90 days before the seed's reference date.
import type { SimDossier } from "./vocabulary";
import { CARRIERS, FAULT_DESCRIPTIONS, FIRST_NAMES, LAST_NAMES, PRODUCTS, RESELLERS, type Product } from "./catalog";
import { makePdf, makePng } from "./sample-files";
import { platformDate, setStatus, type HistoryEntry, type SimStore, type StoredDossier } from "./store";

/** A small, fast, seedable PRNG (mulberry32): the demo must not change from one run to the next. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(""),
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Luhn check digit, as IMEIs carry. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** EAN-13 check digit. */
export function eanDigit(body: string): string {
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

type Step = string | { code: string; treatment: "RETURN" | "DESTRUCT" };

/** Status paths of the flows of section 4 (and their usual detours), as the demo plays them. */
const PATHS: Array<{ type: "REP" | "PAD"; weight: number; steps: Step[] }> = [
  { type: "PAD", weight: 3, steps: ["RMAD", "D", "IEXP", "AVRC"] },
  { type: "PAD", weight: 1, steps: ["RMAD", "D", "IEXP", "AVRF"] },
  { type: "PAD", weight: 3, steps: ["RMAD", "D", "IEXP", "RPLPR", "RPR"] },
  { type: "REP", weight: 4, steps: ["RMAD", "RMAOK", "ATTEXP", "EXPOK", "D", "REPPROG", "CMDPART", "PRRE", "RPR"] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMAOK", "D", "REPPROG", "PRIR", "RPR"] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMAOK", "INTWAIT", "INTDATEOK", "PRRE"] },
  { type: "REP", weight: 4, steps: ["RMAD", "RMAOK", "ATTTRA", "D", "IEXP", "EDE", "VDE", "REPPROG", "PRRE", "RPR"] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMAOK", "D", "IEXP", "EDE", { code: "RDE", treatment: "RETURN" }, "RPR"] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMAOK", "D", "IEXP", "EDE", { code: "RDE", treatment: "DESTRUCT" }] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMAOK", "D", "INFSTT", "INFREV", "REPPROG"] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMANOK"] },
  { type: "REP", weight: 1, steps: ["RMAD", "RMAOK", "D", "PRHG"] },
];

export const RDE_COMMENTS = {
  RETURN: "Devis refusé : produit à retourner au client (RETURN)",
  DESTRUCT: "Devis refusé : produit à détruire, abandon du produit (DESTRUCT)",
} as const;

const MAIL_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"];
const RESELLER_SITE_BASE: Record<string, number> = { ACH: 9001, CRF: 8000, BLG: 7001, FNC: 6001, RDC: 5001 };
const DAY = 86_400_000;

const ascii = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-zA-Z]/g, "").toLowerCase();

function serialFor(random: Random, product: Product): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  const body = Array.from({ length: 10 }, () => random.pick([...alphabet])).join("");
  return `${product.brand.slice(0, 2).toUpperCase().replace(/[^A-Z]/g, "X")}${body}`;
}

export interface NewDossierOptions {
  type?: "REP" | "PAD";
  resellerCode?: string;
  at: Date;
}

/** A dossier as the reseller creates it: at RMAD, with everything a retrieverequests reply carries. */
export function newDossier(random: Random, seq: number, options: NewDossierOptions): StoredDossier {
  const reseller = RESELLERS.find((r) => r.code === options.resellerCode) ?? random.pick(RESELLERS);
  const siteIndex = random.int(0, reseller.sites.length - 1);
  const site = reseller.sites[siteIndex]!;
  const product = random.pick(PRODUCTS);
  const type = options.type ?? (random.chance(0.3) ? "PAD" : "REP");
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const fault = random.pick(product.faults);
  const tacBody = product.tac ? `${product.tac}${random.digits(6)}` : null;
  const eanBody = `${product.eanPrefix}${random.digits(12 - product.eanPrefix.length)}`;
  const purchase = new Date(options.at.getTime() - random.int(5, 700) * DAY);
  const record: SimDossier = {
    type,
    demand_number: `${reseller.prefix}-${(RESELLER_SITE_BASE[reseller.prefix] ?? 9001) + siteIndex}-${String(seq).padStart(4, "0")}`,
    agreement_number: type === "PAD" ? `AF${random.digits(8)}` : "",
    date: platformDate(options.at),
    current_status_code: "RMAD",
    current_status_label: "Demande en attente de retour fournisseur",
    current_status_comment: null,
    purchase_date: platformDate(purchase),
    serial_number: serialFor(random, product),
    imei_number: tacBody ? `${tacBody}${luhnDigit(tacBody)}` : null,
    ean: `${eanBody}${eanDigit(eanBody)}`,
    part_number: product.partNumber,
    brand: product.brand,
    problem_description: FAULT_DESCRIPTIONS[fault] ?? FAULT_DESCRIPTIONS.AutreProbleme,
    fault_code: fault,
    return_to: random.chance(0.6) ? "USER" : "STORE",
    reseller_code: reseller.code,
    site_name: site.name,
    site_mail: reseller.mail,
    site_code: site.code,
    site_address_street: site.street,
    site_address_street_number: site.number,
    site_address_compl: null,
    site_address_zip_code: site.zip,
    site_address_city: site.city,
    site_address_country: "FR",
    client_name: `${last} ${first}`,
    client_mail: `${ascii(first)}.${ascii(last)}@${random.pick(MAIL_DOMAINS)}`,
    client_phone: `06 ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`,
    client_address_zip_code: site.zip,
    client_address_city: site.city,
    quote_treatment: null,
    tracking_number: null,
    carrier_name: null,
  };
  return { record, accepted: false };
}

export const SEED = 20210901;
export const DEMO_DOSSIER_COUNT = 300;

/** Fills an empty store with the demo data; `reference` is the "today" the ages are counted from. */
const PARTS = ["Écran", "Batterie", "Carte mère", "Connecteur de charge", "Moteur", "Pompe de vidange", "Thermostat", "Courroie"];

/**
 * A believable quote: labour, a part, sometimes a diagnosis. Drawn from a generator of its own (keyed by the
 * dossier's sequence), so the main sequence, and every other demo dossier, stays as it was.
 */
function quoteLinesFor(seq: number) {
  const random = createRandom(seq * 7919 + 17);
  const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
  const picked: Array<[string, number, number]> = [
    ["Main d'œuvre atelier", random.int(1, 2), random.int(45, 65) * 100],
    [`${random.pick(PARTS)} (pièce constructeur)`, 1, random.int(29, 249) * 100 + 90],
  ];
  if (random.chance(0.4)) picked.push(["Forfait diagnostic", 1, 2500]);
  const total = picked.reduce((sum, [, q, c]) => sum + q * c, 0);
  return { lines: picked.map(([label, q, c]) => ({ label_prestation: label, quantity: String(q), price: euros(c) })), total: euros(total) };
}

export function seedDemo(store: SimStore, reference: Date, count = DEMO_DOSSIER_COUNT, seed = SEED) {
  const random = createRandom(seed);
  const weighted = PATHS.flatMap((path) => Array.from({ length: path.weight }, () => path));
  const png = (hue: [number, number, number]) => makePng(32, 24, hue).toString("base64");
  store.transaction(() => {
    const start = store.nextSeq();
    for (let seq = start; seq < start + count; seq++) {
      const path = random.pick(weighted);
      const created = new Date(reference.getTime() - random.int(0, 90 * 24) * 3_600_000);
      const dossier = newDossier(random, seq, { type: path.type, at: created });
      const { record } = dossier;
      const stage = random.int(0, path.steps.length - 1);
      const history: HistoryEntry[] = [{ status: "RMAD", comment: null, by: "seed", at: record.date! }];
      let at = created.getTime();
      for (const step of path.steps.slice(1, stage + 1)) {
        at = Math.min(at + random.int(6, 96) * 3_600_000, reference.getTime());
        const code = typeof step === "string" ? step : step.code;
        let comment: string | null = null;
        if (code === "RMAOK") {
          dossier.accepted = true;
          record.agreement_number = `99999${random.digits(5)}`;
        }
        if (code === "RMANOK") comment = "Produit hors périmètre de garantie constructeur";
        if (typeof step !== "string") {
          record.quote_treatment = step.treatment;
          comment = RDE_COMMENTS[step.treatment];
        }
        if (code === "ATTEXP" || code === "RPR") {
          record.tracking_number = `XFR${random.digits(8)}`;
          record.carrier_name = random.pick(CARRIERS);
          if (code === "RPR") comment = `Retour au client, suivi ${record.carrier_name} ${record.tracking_number}`;
        }
        if (code === "INFSTT") comment = "Merci de confirmer le numéro de série figurant sur la plaque signalétique.";
        if (code === "INFREV") comment = `Numéro de série confirmé : ${record.serial_number}`;
        if (code === "EDE") {
          const { lines, total } = quoteLinesFor(seq);
          store.addQuote(record.demand_number, `DV-${seq}`, lines, null, new Date(at));
          store.addDocument(record.demand_number, "QUOTE", `devis-DV-${seq}.pdf`, makePdf([`Devis DV-${seq}`, `Dossier ${record.demand_number}`, `Total HT : ${total} EUR`]).toString("base64"), new Date(at));
        }
        if (code === "VDE" || code === "RDE") store.closeQuotes(record.demand_number);
        setStatus(record, code, comment);
        history.push({ status: code, comment, by: code === "RMAOK" || code === "RMANOK" || code === "VDE" || code === "RDE" || code === "INFREV" ? "revendeur" : "seed", at: platformDate(new Date(at)) });
      }
      store.insert(dossier, seq);
      for (const entry of history) store.addHistory(record.demand_number, entry);
      if (path.type === "PAD") {
        store.addDocument(record.demand_number, "AGREEMENT", `accord-${record.agreement_number}.pdf`, makePdf(["Accord fournisseur", `Dossier ${record.demand_number}`, `Accord ${record.agreement_number}`]).toString("base64"), created);
      }
      if (random.chance(0.35)) {
        store.addDocument(record.demand_number, "INVOICE", "facture-achat.pdf", makePdf(["Facture d'achat", `${record.brand} ${record.part_number}`, `Client : ${record.client_name}`]).toString("base64"), created);
      }
      if (random.chance(0.25)) {
        store.addDocument(record.demand_number, "NAMEPLATE_PICTURE", "plaque-signaletique.png", png([random.int(60, 255), random.int(60, 255), random.int(60, 255)]), created);
      }
    }
    store.setMeta("reference", reference.toISOString());
  });
}
