// 3.3 demands/refuse: the reason, final.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";
import { canAcceptOrRefuse } from "@/lib/workflows/transitions";
import type { CommandDefinition } from "./types";

export const refuseForm = z.object({ reason: z.string().trim().min(1, fr.actions.reasonRequired).max(2000) });
const input = refuseForm;
export type RefuseParams = z.output<typeof input>;

export const refuse: CommandDefinition<RefuseParams, RefuseParams> = {
  verb: "refuse",
  input,
  params: input,
  files: {},
  allowed: (facts) => (canAcceptOrRefuse(facts) ? null : "only_at_rmad"),
  expectedStatus: () => "RMANOK",
  send: ({ client }, demandNumber, p) => client.refuse({ demandNumber, reason: p.reason }),
  apply: (effects, p) => effects.setStatus("RMANOK", p.reason),
  statusesToRead: () => ["RMAD", "RMANOK"],
  verify(e) {
    if (e.changedTo(["RMANOK"]) || (e.now?.statusCode === "RMANOK" && e.beforeStatus !== "RMANOK")) return "applied";
    if (e.now?.statusCode === "RMAD" && !e.changedSince()) return "not-applied";
    return "undecidable";
  },
  autoResend: true,
  summary: (p) => ({ ...p }),
};
