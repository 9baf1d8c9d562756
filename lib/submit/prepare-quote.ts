import "server-only";
// A quote as it leaves: its number (given by the centre's format when the technician left it blank) and its
// PDF (written by Atelier unless the technician attached one), ready for the outbox.
import type { Db } from "@/db";
import type { DossierRow } from "@/db/schema";
import { formatQuoteNumber } from "@/lib/identity/identity";
import { readIdentity } from "@/lib/identity/store";
import type { FileRef } from "@/lib/commands/types";
import type { Tx } from "@/lib/context";
import { renderBounded } from "@/lib/pdf/bounded";
import { saveUpload } from "@/lib/files/uploads";
import { logoOf } from "@/lib/identity/logo";
import { predictNumber, quoteYear, takeNumber } from "@/lib/quotes/numbering";

export interface QuoteDraft {
  quoteNumber?: string;
  lines: Array<{ label: string; quantity: number; unitPriceCents: number }>;
  comment?: string;
  quoteFile?: FileRef;
}

/** The number the quote would get now, and its PDF: the preview, and the first step of sending it. */
export async function draftQuote(db: Db, dossier: DossierRow, draft: QuoteDraft, at: Date) {
  const identity = await readIdentity(db);
  const year = quoteYear(at);
  const predicted = draft.quoteNumber ? null : await predictNumber(db, year);
  const quoteNumber = draft.quoteNumber || formatQuoteNumber(identity.quoteNumberFormat, year, predicted!);
  const pdf = await renderBounded({ kind: "quote", input: { identity, logo: await logoOf(db, identity), quoteNumber, at, dossier, lines: draft.lines, comment: draft.comment || null } });
  return { quoteNumber, pdf, year, predicted };
}

/**
 * The quote's parameters for the outbox, and what to take in the outbox's transaction. When another quote
 * took the predicted number meanwhile, `reserve` throws NumberTaken and the caller drafts again.
 */
export async function prepareQuote(db: Db, dossier: DossierRow, draft: QuoteDraft, by: { userId: number; at: Date; maxBytes: number }) {
  const { quoteNumber, pdf, year, predicted } = await draftQuote(db, dossier, draft, by.at);
  const quoteFile = draft.quoteFile ?? await saveUpload(db, { name: `devis-${quoteNumber}.pdf`, bytes: pdf, kind: "pdf", userId: by.userId, now: by.at, maxBytes: by.maxBytes });
  return {
    params: { ...draft, quoteNumber, quoteFile },
    reserve: async (tx: Tx) => {
      if (predicted !== null) await takeNumber(tx, year, predicted);
    },
  };
}
