// 3.5 demands/status: the follow-up of a dossier, any code the centre may send.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";
import { CENTRE_STATUS_CODES } from "@/lib/rma/constants";
import { canSendStatus, mayCentreSend } from "@/lib/workflows/transitions";
import { optionalText, withAnswers } from "./shared";
import type { CommandDefinition } from "./types";

export const statusForm = z
  .object({ statusCode: z.string().min(1, fr.actions.statusRequired), comment: z.string().max(2000), other: z.boolean(), confirmOther: z.boolean() })
  .refine((v) => !v.other || v.confirmOther, { path: ["confirmOther"], message: fr.forms.confirmOtherRequired });

const input = z.object({ statusCode: z.enum(CENTRE_STATUS_CODES, { message: fr.actions.statusRequired }), comment: optionalText(2000) });
export type StatusParams = z.output<typeof input>;

export const status: CommandDefinition<StatusParams, StatusParams> = {
  verb: "status",
  input,
  params: input,
  files: {},
  allowed(facts, local, p) {
    if (!canSendStatus(facts)) return "accept_first";
    return mayCentreSend(facts, p.statusCode, local) ? null : "status_hidden";
  },
  expectedStatus: (p) => p.statusCode,
  send: ({ client }, demandNumber, p) => client.status({ demandNumber, statusCode: p.statusCode, comment: p.comment }),
  apply: (effects, p) => effects.setStatus(p.statusCode, p.comment || null),
  statusesToRead: (p) => withAnswers(p.statusCode),
  // Seen at the code (or at the reseller's answer to it) since the send: applied. Still where it was,
  // with nothing seen moving elsewhere: not applied, and a status is safe to send again. A move seen *to*
  // where it was (a mirror that lagged, catching up) says nothing of this write.
  verify(e, p) {
    if (e.changedTo(withAnswers(p.statusCode))) return "applied";
    const movedElsewhere = e.seen.some((s) => s !== e.beforeStatus);
    if (e.now && e.now.statusCode === e.beforeStatus && e.beforeStatus !== p.statusCode && !movedElsewhere) return "not-applied";
    return "undecidable";
  },
  autoResend: true,
  summary: (p) => ({ ...p }),
};
