// A quote's amounts, in integer cents: each line exact (quantity × unit price), its VAT rounded once, half up;
// the totals are sums of what the lines show, so the PDF always adds up.

export interface QuoteLineAmounts {
  quantity: number;
  unitPriceCents: number;
}

/** VAT of an amount at a rate in basis points (2000 = 20 %), rounded half up to the cent. */
export function vatCents(amountCents: number, rateBasisPoints: number): number {
  return Math.floor((amountCents * rateBasisPoints + 5_000) / 10_000);
}

export function quoteTotals(lines: readonly QuoteLineAmounts[], rateBasisPoints: number) {
  const rows = lines.map((line) => {
    const totalCents = line.quantity * line.unitPriceCents;
    return { totalCents, vatCents: vatCents(totalCents, rateBasisPoints) };
  });
  const exclCents = rows.reduce((sum, r) => sum + r.totalCents, 0);
  const vat = rows.reduce((sum, r) => sum + r.vatCents, 0);
  return { rows, exclCents, vatCents: vat, inclCents: exclCents + vat };
}
