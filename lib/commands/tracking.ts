// 3.6 demands/tracking: a transport label, client to centre or centre to client.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";
import { TRACKING_TYPES } from "@/lib/rma/constants";
import { fileInput, fileRef, fileSummary } from "./shared";
import type { CommandDefinition } from "./types";

const t = fr.actions;

export const CARRIERS = ["chronopost", "colissimo", "DHL", "UPS", "other"] as const;
export const trackingForm = z
  .object({
    direction: z.enum(TRACKING_TYPES),
    carrier: z.enum(CARRIERS, { message: t.carrierRequired }),
    otherCarrier: z.string().max(50),
    trackingNumber: z.string().trim().min(1, t.trackingRequired).max(100),
  })
  .refine((v) => v.carrier !== "other" || v.otherCarrier.trim().length > 0, { path: ["otherCarrier"], message: fr.quote.otherCarrierRequired });

const input = z.object({
  trackingNumber: z.string().trim().min(1, t.trackingRequired).max(100),
  carrierName: z.string().trim().min(1, t.carrierRequired).max(50),
  direction: z.enum(TRACKING_TYPES),
  label: fileInput,
});
const params = input.extend({ label: fileRef });
export type TrackingParams = z.output<typeof params>;

export const tracking: CommandDefinition<z.output<typeof input>, TrackingParams> = {
  verb: "tracking",
  input,
  params,
  files: { label: "pdf" },
  // 3.6 sets no condition.
  allowed: () => null,
  expectedStatus: () => null,
  send: async ({ client, bytes }, demandNumber, p) => client.tracking({ demandNumber, trackingNumber: p.trackingNumber, carrierName: p.carrierName, direction: p.direction, label: await bytes(p.label) }),
  apply: (effects, p) => effects.setFields({ trackingNumber: p.trackingNumber, carrierName: p.carrierName }),
  statusesToRead: () => [],
  // The platform names labels its own way: matched by size and content only.
  baseline: (p) => ({ size: p.label.size, sha256: p.label.sha256 }),
  // Two documented traces (3.9's tracking_number, the label among 3.10's documents): either shows it went.
  async verify(e, p) {
    if (e.now?.trackingNumber === p.trackingNumber) return "applied";
    const count = await e.matchingDocuments({ size: p.label.size, sha256: p.label.sha256 });
    if (e.baselineCount !== null && count > e.baselineCount) return "applied";
    if (e.now && e.baselineCount !== null && count === e.baselineCount) return "not-applied";
    return "undecidable";
  },
  autoResend: true,
  summary: (p) => ({ ...p, label: fileSummary(p.label) }),
};
