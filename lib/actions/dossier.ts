"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { writeDocument } from "@/lib/submit/write-document";
import { writtenDocumentInput } from "@/lib/files/written";
import { assignDossiers, assignInput, takeDossier, takeInput } from "@/lib/dossiers/assign";
import { chooseTreatment, chooseTreatmentInput } from "@/lib/dossiers/choose-treatment";
import { submitAction, submitActionInput } from "@/lib/submit/submit-action";
import { abandonCommand, commandIdInput, markCommandSent, resendCommand, retryCommand } from "@/lib/outbox/manage";

const refresh = (demandNumber: string) => revalidatePath(`/dossiers/${encodeURIComponent(demandNumber)}`);

/** Every write to the platform from a dossier: accept, refuse, message, status, label, document, quote. */
export const submitDossierAction = defineAction({
  name: "dossier.submit",
  schema: submitActionInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const outcome = await submitAction({ ctx, input, deps: ctx.outbox });
    refresh(input.demandNumber);
    return outcome;
  },
});

/** An expertise report or a destruction certificate, written by Atelier and sent as a REPORT document. */
export const writeDocumentAction = defineAction({
  name: "dossier.write-document",
  schema: writtenDocumentInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const outcome = await writeDocument({ ctx, input, deps: ctx.outbox });
    refresh(input.demandNumber);
    return outcome;
  },
});

/** A technician takes a dossier for themselves. */
export const takeDossierAction = defineAction({
  name: "dossier.take",
  schema: takeInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const result = await takeDossier({ ctx, input });
    refresh(input.demandNumber);
    return result;
  },
});

/** A manager gives dossiers to someone (or to nobody), one or many at once. */
export const assignDossiersAction = defineAction({
  name: "dossier.assign",
  schema: assignInput,
  permission: "dossiers:assign",
  async run({ ctx, input }) {
    const result = await assignDossiers({ ctx, input });
    for (const n of input.demandNumbers) refresh(n);
    revalidatePath("/dossiers");
    return result;
  },
});

/** The treatment after an RDE the platform left unreadable: return or destruction. */
export const chooseTreatmentAction = defineAction({
  name: "dossier.treatment",
  schema: chooseTreatmentInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const result = await chooseTreatment({ ctx, input });
    refresh(input.demandNumber);
    return result;
  },
});

export const retryCommandAction = defineAction({
  name: "outbox.retry",
  schema: commandIdInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const result = await retryCommand({ ctx, input, deps: ctx.outbox });
    refresh(result.demandNumber);
    return result;
  },
});

/** A person checked RMA Manager and did not find the command: it goes again. */
export const resendCommandAction = defineAction({
  name: "outbox.resend",
  schema: commandIdInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const result = await resendCommand({ ctx, input, deps: ctx.outbox });
    refresh(result.demandNumber);
    return result;
  },
});

/** A person found the command on RMA Manager: recorded as applied, never sent again. */
export const markCommandSentAction = defineAction({
  name: "outbox.mark-sent",
  schema: commandIdInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const result = await markCommandSent({ ctx, input, deps: ctx.outbox });
    refresh(result.demandNumber);
    return result;
  },
});

export const abandonCommandAction = defineAction({
  name: "outbox.abandon",
  schema: commandIdInput,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const result = await abandonCommand({ ctx, input });
    refresh(result.demandNumber);
    return result;
  },
});
