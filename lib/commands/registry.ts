// Every command, keyed by verb: the submit path, the outbox worker, the verifier and the wizards all go
// through here. A new command is one file in this folder, one line below, and its form.
import { z } from "zod";
import type { OutboxKind } from "@/db/schema/outbox";
import { accept } from "./accept";
import { document } from "./document";
import { message } from "./message";
import { quotation } from "./quotation";
import { refuse } from "./refuse";
import { status } from "./status";
import { tracking } from "./tracking";
import type { CommandDefinition } from "./types";

export const COMMANDS = { accept, refuse, message, status, tracking, document, quotation } satisfies Record<OutboxKind, unknown>;
export type Verb = keyof typeof COMMANDS;

/** A command by its verb, with its types erased: what the generic paths (outbox, verifier) handle. */
export const commandFor = (verb: Verb) => COMMANDS[verb] as unknown as CommandDefinition<Record<string, unknown>, Record<string, unknown>>;

const variant = <V extends Verb>(verb: V) => z.object({ kind: z.literal(verb), payload: COMMANDS[verb].input as (typeof COMMANDS)[V]["input"] });

/** What the dossier action receives: one of the commands, with its payload. */
export const commandInput = z.discriminatedUnion("kind", [
  variant("accept"),
  variant("refuse"),
  variant("message"),
  variant("status"),
  variant("tracking"),
  variant("document"),
  variant("quotation"),
]);
export type CommandInput = z.output<typeof commandInput>;
