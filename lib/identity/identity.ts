// The repair centre's identity, printed on the quotes, reports and certificates Atelier writes. Pure: the
// admin form imports the schema; lib/identity/store.ts stores it.
import { z } from "zod";
import { frCentre } from "@/lib/i18n/fr-admin";

export const LABEL_SIZES = ["62x29", "100x50", "A4"] as const;

const text = (max: number) => z.string().trim().max(max);

export const centreIdentity = z.object({
  legalName: text(200),
  address: text(500),
  siret: z.string().trim().regex(/^(\d{14})?$/, frCentre.fieldErrors.siret),
  vatNumber: z.string().trim().regex(/^([A-Z]{2}[0-9A-Z]{2,13})?$/, frCentre.fieldErrors.vatNumber),
  /** In basis points: 2000 is 20 %. */
  vatRateBasisPoints: z.number().int().min(0).max(10_000),
  phone: text(40),
  email: z.union([z.literal(""), z.email(frCentre.fieldErrors.email)]),
  /** A PNG or JPEG of at most 1 MB, in `uploads`. */
  logoUploadId: z.uuid().nullable(),
  quoteValidityDays: z.number().int().min(1).max(365),
  quoteTerms: text(2000),
  labelSize: z.enum(LABEL_SIZES),
  /** {YYYY} the year, {NNNN} the number of the year, zero-padded to as many digits. */
  quoteNumberFormat: z.string().trim().min(1).max(40).regex(/\{N+\}/, frCentre.fieldErrors.quoteNumberFormat),
});
export type CentreIdentity = z.output<typeof centreIdentity>;

export const DEFAULT_IDENTITY: CentreIdentity = {
  legalName: "",
  address: "",
  siret: "",
  vatNumber: "",
  vatRateBasisPoints: 2000,
  phone: "",
  email: "",
  logoUploadId: null,
  quoteValidityDays: 30,
  quoteTerms: "",
  labelSize: "62x29",
  quoteNumberFormat: "DV-{YYYY}-{NNNN}",
};

/** What a document would print blank: said on the pages that make them, with a link to fill it in. */
export function missingFields(identity: CentreIdentity): Array<keyof CentreIdentity> {
  return (["legalName", "address", "siret"] as const).filter((key) => !identity[key]);
}

export function formatQuoteNumber(format: string, year: number, n: number): string {
  return format.replace("{YYYY}", String(year)).replace(/\{(N+)\}/, (_, digits: string) => String(n).padStart(digits.length, "0"));
}
