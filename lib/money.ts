// Money is integer cents everywhere on our side; the wire wants "158,45". No floats touch an amount.

const TYPED_PRICE = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€)?\s*$/;

/** Reads a price as a technician types it ("79,90", "79.90", "79", "79,9 €") into cents; null if unreadable. */
export function parsePriceToCents(input: string): number | null {
  const match = TYPED_PRICE.exec(input.replace(/\u00a0|\u202f/g, " "));
  if (!match) return null;
  const euros = Number(match[1]);
  const fraction = (match[2] ?? "").padEnd(2, "0");
  return euros * 100 + Number(fraction);
}

/** Cents to the document's wire format: 15845 -> "158,45". */
export function centsToWirePrice(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`montant invalide: ${cents}`);
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  return `${euros},${String(rest).padStart(2, "0")}`;
}

/** The wire format back to cents: "158,45" -> 15845 (also "158", "158,4"). */
export function wirePriceToCents(price: string): number {
  const cents = parsePriceToCents(price);
  if (cents === null) throw new RangeError(`prix illisible: ${price}`);
  return cents;
}

const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** Cents for display, in French: 15845 -> "158,45 €". */
export function formatCents(cents: number): string {
  // Division for display only: Intl needs a number, and cents/100 is exact to the cent at these magnitudes.
  return euroFormat.format(cents / 100);
}

/** Total of quote lines, in cents. */
export function lineTotalCents(quantity: number, unitPriceCents: number): number {
  return quantity * unitPriceCents;
}
