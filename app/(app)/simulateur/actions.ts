"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/safe-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { isStatusCode } from "@/lib/rma/constants";
import { simulatorControl } from "./control-client";
import { syncFresh, syncStatuses } from "@/lib/sync/scheduler";
import { createDossierBody, faultsPatch, informationBody, profileBody, quoteAnswerBody, type Faults } from "@/simulator/control-api";

type Ack = { demand_number: string; current_status_code: string };

/** After the reseller's side moved a dossier, the mirror learns it at once from the platform itself. */
async function refreshStatus(status: string) {
  if (isStatusCode(status)) await syncStatuses([status]);
}

export const answerQuoteAction = defineAction({
  name: "simulator.quote",
  schema: z.object({ demandNumber: z.string().min(1).max(50), answer: quoteAnswerBody }),
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const ack = await simulatorControl<Ack>(`/dossiers/${encodeURIComponent(input.demandNumber)}/quote-answer`, input.answer);
    await recordAudit(ctx.db, ctx, { dossierNumber: input.demandNumber, action: "simulator.answer", summary: input.answer, outcome: "ok" });
    await refreshStatus(ack.current_status_code);
    revalidatePath(`/dossiers/${encodeURIComponent(input.demandNumber)}`);
    return ack;
  },
});

export const answerInformationAction = defineAction({
  name: "simulator.information",
  schema: z.object({ demandNumber: z.string().min(1).max(50) }).extend(informationBody.shape),
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const ack = await simulatorControl<Ack>(`/dossiers/${encodeURIComponent(input.demandNumber)}/information`, { text: input.text });
    await recordAudit(ctx.db, ctx, { dossierNumber: input.demandNumber, action: "simulator.answer", summary: { answer: "INFREV" }, outcome: "ok" });
    await refreshStatus(ack.current_status_code);
    revalidatePath(`/dossiers/${encodeURIComponent(input.demandNumber)}`);
    return ack;
  },
});

export const createSimulatedDossierAction = defineAction({
  name: "simulator.create",
  schema: createDossierBody,
  permission: "dossiers:write",
  async run({ input }) {
    const dossier = await simulatorControl<{ demand_number: string }>("/dossiers", input);
    await refreshStatus("RMAD");
    return { demandNumber: dossier.demand_number };
  },
});

export const resetSimulatorAction = defineAction({
  name: "simulator.reset",
  schema: z.object({}),
  permission: "dossiers:write",
  async run() {
    await simulatorControl("/reset", {});
    await syncFresh();
    revalidatePath("/dossiers");
    return { ok: true };
  },
});

export const setFaultsAction = defineAction({
  name: "simulator.faults",
  schema: faultsPatch,
  permission: "dossiers:write",
  run: ({ input }) => simulatorControl<Faults>("/faults", input),
});

/** Another reading of the document (simulator/profiles.ts), then a full sync to see the platform through it. */
export const setProfileAction = defineAction({
  name: "simulator.profile",
  schema: profileBody,
  permission: "dossiers:write",
  async run({ input }) {
    const result = await simulatorControl<{ profile: string }>("/profile", input);
    await syncFresh();
    revalidatePath("/", "layout");
    return result;
  },
});

export const revokeTokensAction = defineAction({
  name: "simulator.revoke",
  schema: z.object({}),
  permission: "dossiers:write",
  run: () => simulatorControl("/tokens/revoke", {}),
});
