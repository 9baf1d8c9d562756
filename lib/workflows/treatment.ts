// What happens to the product after a refused quote (RDE): RETURN or DESTRUCT.

export type Treatment = "RETURN" | "DESTRUCT";

const DESTRUCT = /\bdestruct|d[ée]trui/i;
const RETURN = /\breturn|\bretourn/i;

/**
 * 3.9 names quote_treatment; section 4 step 9 says the treatment is given "en commentaire du statut
 * (champ current_status_comment)". The field is read first, then the comment, in any case and inside a
 * sentence. A comment that speaks of both, or of neither, gives no treatment: a person must choose.
 */
export function treatmentOf(quoteTreatment: string | null, comment: string | null): Treatment | null {
  // Read upper-cased and trimmed (lib/rma/codes.ts).
  if (quoteTreatment === "RETURN" || quoteTreatment === "DESTRUCT") return quoteTreatment;
  const text = comment ?? "";
  const destruct = DESTRUCT.test(text);
  const back = RETURN.test(text);
  if (destruct === back) return null;
  return destruct ? "DESTRUCT" : "RETURN";
}
