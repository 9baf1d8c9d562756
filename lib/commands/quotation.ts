// 3.8 demands/quotation: the lines in integer cents, an optional PDF to sign, an optional comment.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";
import { parsePriceToCents } from "@/lib/money";
import { canQuote } from "@/lib/workflows/transitions";
import { fileInput, fileRef, fileSummary, optionalText } from "./shared";
import type { CommandDefinition } from "./types";

const t = fr.actions;

export const quoteLineForm = z.object({
  label: z.string().trim().min(1, fr.quote.labelRequired).max(200),
  quantity: z.string().trim().regex(/^[1-9]\d{0,4}$/, fr.quote.quantityInvalid),
  price: z.string().refine((p) => parsePriceToCents(p) !== null, fr.quote.priceInvalid),
});
export const quoteForm = z.object({
  /** Empty: Atelier gives the next number of the centre's format. */
  quoteNumber: z.string().trim().max(100),
  comment: z.string().max(2000),
  lines: z.array(quoteLineForm).min(1, t.linesRequired),
});
export type QuoteFormValues = z.infer<typeof quoteForm>;

export const quoteLine = z.object({
  label: z.string().trim().min(1).max(200),
  quantity: z.number().int().positive(),
  unitPriceCents: z.number().int().nonnegative(),
});
const input = z.object({
  /** Empty or absent: numbered by Atelier, gap-free per year (lib/quotes/numbering.ts). */
  quoteNumber: z.string().trim().max(100).optional(),
  lines: z.array(quoteLine).min(1, t.linesRequired).max(100),
  quoteFile: fileInput.optional(),
  comment: optionalText(2000),
});
/** Stored with its number and its PDF, whoever wrote it. */
const params = input.extend({ quoteNumber: z.string().trim().min(1).max(100), quoteFile: fileRef });
export type QuotationParams = z.output<typeof params>;

export const quotation: CommandDefinition<z.output<typeof input>, QuotationParams> = {
  verb: "quotation",
  input,
  params,
  files: { quoteFile: "pdf" },
  // 3.5's rule: no update of a dossier before it is accepted, PAD aside.
  allowed: (facts) => (canQuote(facts) ? null : "accept_first"),
  expectedStatus: () => null,
  send: async ({ client, bytes }, demandNumber, p) =>
    client.quotation({ demandNumber, quoteNumber: p.quoteNumber, lines: p.lines, quoteFile: await bytes(p.quoteFile), comment: p.comment || undefined }),
  // "Devis envoyé le …" comes from this record; the status (EDE or not) is the platform's.
  apply: (effects, p) => effects.recordQuote({ quoteNumber: p.quoteNumber, lines: p.lines, comment: p.comment || null }),
  statusesToRead: () => ["EDE", "VDE", "RDE"],
  baseline: (p) => ({ size: p.quoteFile.size, sha256: p.quoteFile.sha256 }),
  // EDE, or the reseller's answer, shows it; its PDF among the documents too. Otherwise no reliable trace:
  // a quote sent twice is two quotes for the reseller, so a person decides.
  async verify(e, p) {
    if (e.changedTo(["EDE", "VDE", "RDE"])) return "applied";
    if (e.baselineCount !== null) {
      const count = await e.matchingDocuments({ size: p.quoteFile.size, sha256: p.quoteFile.sha256 });
      if (count > e.baselineCount) return "applied";
    }
    return "undecidable";
  },
  autoResend: false,
  summary: (p) => ({ ...p, quoteFile: fileSummary(p.quoteFile) }),
};
