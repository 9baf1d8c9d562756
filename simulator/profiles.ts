// Platform profiles: three readings of what the document leaves open, selectable at start (SIM_PROFILE)
// and through /_sim/profile. Atelier must work under each of them.
//   strict:  a message moves an accepted dossier to INFSTT, a quote moves it to EDE, RDE carries
//            quote_treatment, every field is a string, an empty list is [].
//   lenient: a message and a quote leave the status alone; the RDE treatment is only in the status
//            comment; numbers travel as JSON numbers; an empty list is `data: null`; some PAD dossiers
//            are typed PMS (section 4 is headed "PAD/PMS"); a repair that carries an agreement is typed
//            "rep", in lower case, as one platform was seen to send it.
//   hostile: as lenient, plus one malformed dossier in some lists, and HTML error pages from a proxy
//            on some failures.
import type { SimDossier } from "./vocabulary";
import { SIM_STATUS_CODES } from "./vocabulary";

export const PROFILES = ["strict", "lenient", "hostile"] as const;
export type Profile = (typeof PROFILES)[number];

export interface ProfileRules {
  messageMovesToInfstt: boolean;
  quoteMovesToEde: boolean;
  treatmentInField: boolean;
  htmlErrors: boolean;
}

export function rulesOf(profile: Profile): ProfileRules {
  const strict = profile === "strict";
  return { messageMovesToInfstt: strict, quoteMovesToEde: strict, treatmentInField: strict, htmlErrors: profile === "hostile" };
}

/** Fields a lenient platform sends as JSON numbers when they are all digits. */
const NUMERIC_FIELDS = ["ean", "imei_number", "site_address_street_number", "site_address_zip_code"];

/** Every fourth PAD dossier (by its sequence number) is shown as PMS. */
const isPms = (d: SimDossier) => d.type === "PAD" && Number(d.demand_number.slice(-4)) % 4 === 0;

function asSent(d: SimDossier, profile: Profile): Record<string, unknown> {
  if (profile === "strict") return d;
  const out: Record<string, unknown> = { ...d };
  for (const field of NUMERIC_FIELDS) {
    const value = d[field];
    if (typeof value === "string" && /^[1-9]\d{0,14}$/.test(value)) out[field] = Number(value);
  }
  if (isPms(d)) out.type = "PMS";
  if (d.type === "REP" && d.agreement_number) out.type = "rep";
  // Section 4 step 9: the treatment is said in current_status_comment; this reading leaves the field empty.
  out.quote_treatment = null;
  return out;
}

/** A malformed dossier as a half-migrated platform might list it: its serial number is an object. */
function malformed(status: string): Record<string, unknown> {
  return { type: "REP", demand_number: `HST-${status}-0001`, current_status_code: status, serial_number: { valeur: "??" }, brand: "Inconnue" };
}

/** Statuses whose lists carry a malformed dossier under `hostile`: every third code of the annex. */
export const hostileStatuses = () => SIM_STATUS_CODES.filter((_, i) => i % 3 === 0);

/** The `data` of a retrieverequests reply under the profile. */
export function listAsSent(profile: Profile, status: string, list: SimDossier[]): unknown {
  const sent: unknown[] = list.map((d) => asSent(d, profile));
  if (profile === "hostile" && hostileStatuses().includes(status)) sent.push(malformed(status));
  if (profile !== "strict" && sent.length === 0) return null;
  return sent;
}

/** What a proxy in front of a failing platform answers: an HTML page, not JSON. */
export const PROXY_PAGE = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>";
