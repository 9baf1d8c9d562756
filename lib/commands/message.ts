// 3.4 demands/message: a question to the reseller (a serial number to correct, say), before or after the accept.
import { z } from "zod";
import { fr } from "@/lib/i18n/fr";
import type { CommandDefinition } from "./types";

export const messageForm = z.object({ message: z.string().trim().min(1, fr.actions.messageRequired).max(5000) });
const input = messageForm;
export type MessageParams = z.output<typeof input>;

export const message: CommandDefinition<MessageParams, MessageParams> = {
  verb: "message",
  input,
  params: input,
  files: {},
  // 3.4 sets no condition: a message may go at any status.
  allowed: () => null,
  expectedStatus: () => null,
  send: ({ client }, demandNumber, p) => client.message({ demandNumber, message: p.message }),
  // The document says nothing of a status: the page shows "Information demandée le …" from the outbox.
  apply: () => undefined,
  statusesToRead: () => ["INFSTT", "INFREV"],
  // A platform that moves the dossier to INFSTT leaves a trace; one that does not leaves none, and a
  // message sent twice reaches the reseller twice: a person decides.
  verify: (e) => (e.changedTo(["INFSTT", "INFREV"]) ? "applied" : "undecidable"),
  autoResend: false,
  summary: (p) => ({ ...p }),
};
