// 3.2 demands/accept: the agreement number, an optional agreement document, an optional next status.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";
import { CENTRE_STATUS_CODES } from "@/lib/rma/constants";
import { canAcceptOrRefuse, showsAcceptance } from "@/lib/workflows/transitions";
import { fileInput, fileRef, fileSummary, optionalText } from "./shared";
import type { CommandDefinition } from "./types";

const t = fr.actions;

/** The form's own checks, before anything is sent. */
export const acceptForm = z.object({
  agreementNumber: z.string().trim().min(1, t.agreementRequired).max(100),
  nextStatus: z.string(),
  comment: z.string().max(2000),
});

const input = z.object({
  agreementNumber: z.string().trim().min(1, t.agreementRequired).max(100),
  agreementFile: fileInput.optional(),
  nextStatus: z.enum(CENTRE_STATUS_CODES).optional(),
  comment: optionalText(2000),
});
const params = input.extend({ agreementFile: fileRef.optional() });
export type AcceptParams = z.output<typeof params>;

export const accept: CommandDefinition<z.output<typeof input>, AcceptParams> = {
  verb: "accept",
  input,
  params,
  files: { agreementFile: "pdf-or-image" },
  allowed: (facts) => (canAcceptOrRefuse(facts) ? null : "only_at_rmad"),
  expectedStatus: (p) => p.nextStatus ?? "RMAOK",
  send: async ({ client, bytes }, demandNumber, p) =>
    client.accept({ demandNumber, agreementNumber: p.agreementNumber, agreementFile: p.agreementFile && (await bytes(p.agreementFile)), nextStatus: p.nextStatus, comment: p.comment || undefined }),
  async apply(effects, p) {
    await effects.markAccepted();
    await effects.setFields({ agreementNumber: p.agreementNumber });
    await effects.setStatus(p.nextStatus ?? "RMAOK", p.comment || null);
  },
  statusesToRead: (p) => ["RMAD", "RMAOK", ...(p.nextStatus ? [p.nextStatus] : [])],
  // Only an accept takes a dossier out of RMAD to a status that shows it accepted; one still at RMAD,
  // with nothing seen moving, was not.
  verify(e) {
    if (e.seen.some(showsAcceptance)) return "applied";
    if (e.now?.statusCode === "RMAD" && !e.changedSince()) return "not-applied";
    return "undecidable";
  },
  autoResend: true,
  summary: (p) => ({ ...p, agreementFile: fileSummary(p.agreementFile) }),
};
