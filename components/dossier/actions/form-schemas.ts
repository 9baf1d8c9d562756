// The action forms' own checks, in French, before anything is sent. The server checks again.
import { z } from "zod";
import { parsePriceToCents } from "@/lib/money";
import { fr } from "@/lib/i18n/fr";

const t = fr.actions;

export const acceptForm = z.object({
  agreementNumber: z.string().trim().min(1, t.agreementRequired),
  nextStatus: z.string(),
  comment: z.string().max(2000),
});

export const refuseForm = z.object({ reason: z.string().trim().min(1, t.reasonRequired).max(2000) });
export const messageForm = z.object({ message: z.string().trim().min(1, t.messageRequired).max(5000) });
export const statusForm = z
  .object({ statusCode: z.string().min(1, t.statusRequired), comment: z.string().max(2000), other: z.boolean(), confirmOther: z.boolean() })
  .refine((v) => !v.other || v.confirmOther, { path: ["confirmOther"], message: fr.forms.confirmOtherRequired });

export const CARRIERS = ["chronopost", "colissimo", "DHL", "UPS", "other"] as const;
export const trackingForm = z
  .object({
    direction: z.enum(["CLIENT_TO_CENTER", "CENTER_TO_CLIENT"]),
    carrier: z.enum(CARRIERS, { message: t.carrierRequired }),
    otherCarrier: z.string().max(50),
    trackingNumber: z.string().trim().min(1, t.trackingRequired).max(100),
  })
  .refine((v) => v.carrier !== "other" || v.otherCarrier.trim().length > 0, { path: ["otherCarrier"], message: fr.quote.otherCarrierRequired });

export const quoteLineForm = z.object({
  label: z.string().trim().min(1, fr.quote.labelRequired).max(200),
  quantity: z.string().trim().regex(/^[1-9]\d{0,4}$/, fr.quote.quantityInvalid),
  price: z.string().refine((p) => parsePriceToCents(p) !== null, fr.quote.priceInvalid),
});
export const quoteForm = z.object({
  quoteNumber: z.string().trim().min(1, t.quoteNumberRequired).max(100),
  comment: z.string().max(2000),
  lines: z.array(quoteLineForm).min(1, t.linesRequired),
});
export type QuoteFormValues = z.infer<typeof quoteForm>;
