// What the parts' forms send, checked at the boundary: whole units, known ids, a French message per field.
import { z } from "zod";
import { frParts } from "@/lib/i18n/fr-parts";

const e = frParts.errors;

/** A whole number typed in a field ("3", 3): anything else, fractions and signs included, is refused. */
export const wholeNumber = (min: number, max: number, message: string) =>
  z.union([z.string(), z.number()]).transform((v, c) => {
    const text = String(v).trim();
    const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      c.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });

const optionalId = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v, c) => {
    if (v === undefined || v === null || v === "") return null;
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n <= 0) {
      c.addIssue({ code: "custom", message: e.unknownSupplier });
      return z.NEVER;
    }
    return n;
  });

export const quantity = wholeNumber(1, 999, e.quantity);
export const id = z.coerce.number().int().positive();

export const addPartInput = z.object({
  demandNumber: z.string().trim().min(1).max(40).nullable(),
  /** A reference or an EAN of the catalogue, typed or scanned; empty for a part outside it. */
  article: z.string().trim().max(80).default(""),
  label: z.string().trim().max(200).default(""),
  quantity,
  supplierId: optionalId,
  fromStock: z.boolean().default(false),
});
export type AddPart = z.output<typeof addPartInput>;

export const lineInput = z.object({ lineId: id });
export const receiveLineInput = z.object({ lineId: id, quantity });
export const orderInput = z.object({ orderId: id });
export const supplierOrderInput = z.object({ supplierId: id });
export const scanInput = z.object({ code: z.string().trim().min(1, e.code).max(80, e.code) });
export const stockForArticleInput = z.object({ articleId: id });
export const correctionInput = z.object({
  articleId: id,
  delta: wholeNumber(-99_999, 99_999, e.correction).refine((n) => n !== 0, e.correction),
});
export const supplierInput = z.object({
  name: z.string().trim().min(1, e.supplierName).max(120),
  email: z.union([z.literal(""), z.email(e.email).max(200)]).default(""),
  leadDays: wholeNumber(0, 120, e.leadDays),
});
