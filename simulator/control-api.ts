// The simulator's control routes (outside /api/): the reseller's side and the fault switches. Schemas only,
// shared by the simulator and the app's "Simulateur" panel so both speak the same language.
import { z } from "zod";
import { DOSSIER_TYPES, QUOTE_TREATMENTS, RESELLER_CODES } from "../lib/rma/constants";

export const CONTROL_PREFIX = "/_sim";

export const quoteAnswerBody = z.discriminatedUnion("answer", [
  z.object({ answer: z.literal("VDE") }),
  z.object({ answer: z.literal("RDE"), treatment: z.enum(QUOTE_TREATMENTS) }),
]);
export type QuoteAnswerBody = z.infer<typeof quoteAnswerBody>;

export const informationBody = z.object({ text: z.string().trim().min(1).max(2000) });

export const createDossierBody = z.object({
  type: z.enum(DOSSIER_TYPES).optional(),
  resellerCode: z.enum(RESELLER_CODES).optional(),
  /** Free text as a reseller types it (the tests use it to check that it is shown as text, never HTML). */
  problemDescription: z.string().max(2000).optional(),
  clientName: z.string().max(200).optional(),
});

export const resetBody = z.object({ count: z.number().int().min(0).max(100_000).optional() });

export const faultsSchema = z.object({
  /** Added to every /api/ call, in ms; a random ±20% on top so that replies do not arrive in lockstep. */
  latencyMs: z.number().int().min(0).max(60_000),
  /** Share of /api/ calls answered with HTTP 500 and a KO envelope. */
  errorRate: z.number().min(0).max(1),
  /** Share of /api/ calls never answered. */
  hangRate: z.number().min(0).max(1),
  /** Share of /api/ calls carried out, then never answered: the client cannot know it went through. */
  hangAfterRate: z.number().min(0).max(1).default(0),
  /** Share of /api/ calls answered with a body that fits no schema. */
  malformedRate: z.number().min(0).max(1),
});
export type Faults = z.infer<typeof faultsSchema>;
export const faultsPatch = faultsSchema.partial();
