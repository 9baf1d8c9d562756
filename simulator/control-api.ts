// The simulator's control routes (outside /api/): the reseller's side and the fault switches. Schemas only,
// shared by the simulator and the app's "Simulateur" panel so both speak the same language.
import { z } from "zod";
import { PROFILES } from "./profiles";
import { SIM_RESELLERS } from "./vocabulary";

export const CONTROL_PREFIX = "/_sim";

export const quoteAnswerBody = z.discriminatedUnion("answer", [
  z.object({ answer: z.literal("VDE") }),
  z.object({ answer: z.literal("RDE"), treatment: z.enum(["DESTRUCT", "RETURN"]) }),
]);
export type QuoteAnswerBody = z.infer<typeof quoteAnswerBody>;

export const informationBody = z.object({ text: z.string().trim().min(1).max(2000) });

export const createDossierBody = z.object({
  type: z.enum(["REP", "PAD"]).optional(),
  resellerCode: z.enum(SIM_RESELLERS).optional(),
  /** Free text as a reseller types it (the tests use it to check that it is shown as text, never HTML). */
  problemDescription: z.string().max(2000).optional(),
  clientName: z.string().max(200).optional(),
  /** A supplier's agreement the reseller already gives at RMAD (a REP with one still waits for the accept). */
  agreementNumber: z.string().regex(/^[A-Za-z0-9-]{1,30}$/).optional(),
  /** The product's serial number (the tests bring one product back in a second dossier). */
  serialNumber: z.string().regex(/^[A-Za-z0-9-]{4,40}$/).optional(),
});

export const profileBody = z.object({ profile: z.enum(PROFILES) });

export const resetBody = z.object({ count: z.number().int().min(0).max(100_000).optional() });

export const faultsSchema = z.object({
  /** Added to every /api/ call, in ms; a random ±20% on top so that replies do not arrive in lockstep. */
  latencyMs: z.number().int().min(0).max(60_000),
  /** Share of /api/ calls answered with HTTP 500 and a KO envelope. */
  errorRate: z.number().min(0).max(1),
  /** Share of /api/ calls never answered. */
  hangRate: z.number().min(0).max(1),
  /** Share of /api/ calls carried out, then never answered: the client cannot know it went through. */
  hangAfterRate: z.number().min(0).max(1),
  /** Share of /api/ calls answered with a body that fits no schema. */
  malformedRate: z.number().min(0).max(1),
  /** Share of /api/ calls answered 503 with Retry-After before anything is read: surely not applied. */
  busyRate: z.number().min(0).max(1),
  /** Share of writes carried out, then answered with a proxy's HTML 502 page. */
  appliedErrorRate: z.number().min(0).max(1),
  /** Share of writes carried out, then the connection reset without an answer. */
  resetAfterRate: z.number().min(0).max(1),
  /** Share of quotes and messages the reseller answers (VDE, INFREV) right after they are applied. */
  resellerMovesRate: z.number().min(0).max(1),
  /** The routes the faults hit ("demands/quotation"…); empty: every route. */
  onlyRoutes: z.array(z.string().max(40)).max(20),
});
export type Faults = z.infer<typeof faultsSchema>;
/** A simulator that answers every call at once, as it should. */
export const NO_FAULTS: Faults = { latencyMs: 0, errorRate: 0, hangRate: 0, hangAfterRate: 0, malformedRate: 0, busyRate: 0, appliedErrorRate: 0, resetAfterRate: 0, resellerMovesRate: 0, onlyRoutes: [] };
/** What /_sim/faults changes: only the fields it names; the others keep their values. */
export const faultsPatch = faultsSchema.partial();
