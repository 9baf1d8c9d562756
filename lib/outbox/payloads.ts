// What each kind of write carries, as stored in the outbox and sent by deliver.ts. Files are base64.
import { z } from "zod";
import { CENTRE_STATUS_CODES, TRACKING_TYPES, UPLOAD_DOCUMENT_TYPES } from "@/lib/rma/constants";

export const storedFile = z.object({ name: z.string().min(1).max(200), base64: z.string().min(1), bytes: z.number().int().nonnegative() });
export type StoredFile = z.infer<typeof storedFile>;

export const quoteLineSchema = z.object({
  label: z.string().trim().min(1).max(200),
  quantity: z.number().int().positive(),
  unitPriceCents: z.number().int().nonnegative(),
});

export const payloads = {
  accept: z.object({ agreementNumber: z.string().trim().min(1).max(100), agreementFile: storedFile.optional(), nextStatus: z.enum(CENTRE_STATUS_CODES).optional(), comment: z.string().max(2000).optional() }),
  refuse: z.object({ reason: z.string().trim().min(1).max(2000) }),
  message: z.object({ message: z.string().trim().min(1).max(5000) }),
  status: z.object({ statusCode: z.enum(CENTRE_STATUS_CODES), comment: z.string().max(2000).optional() }),
  tracking: z.object({ trackingNumber: z.string().trim().min(1).max(100), carrierName: z.string().trim().min(1).max(50), direction: z.enum(TRACKING_TYPES), label: storedFile }),
  document: z.object({ file: storedFile, type: z.enum(UPLOAD_DOCUMENT_TYPES) }),
  quotation: z.object({ quoteNumber: z.string().trim().min(1).max(100), lines: z.array(quoteLineSchema).min(1).max(100), quoteFile: storedFile.optional(), comment: z.string().max(2000).optional() }),
} as const;

export type Payloads = { [K in keyof typeof payloads]: z.output<(typeof payloads)[K]> };
export type OutboxCommand = { [K in keyof Payloads]: { kind: K; payload: Payloads[K] } }[keyof Payloads];

/** The audit log's summary of a command: fields, and files as name and size, never their contents. */
export function summarize(command: OutboxCommand): Record<string, unknown> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.base64 === "string") return { name: record.name, bytes: record.bytes };
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  return strip(command.payload) as Record<string, unknown>;
}
