"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/safe-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { isStatusCode } from "@/lib/rma/constants";
import { createDossierBody, faultsPatch, informationBody, profileBody, quoteAnswerBody, simulatorControl, type Faults } from "@/lib/simulator-control/control-client";
import { assertMirrored } from "@/lib/dossiers/get-dossier";
import { syncFresh, syncStatuses } from "@/lib/sync/scheduler";
import type { Centre } from "@/lib/tenancy/centres";

type Ack = { demand_number: string; current_status_code: string };

/** After the reseller's side moved a dossier, the mirror learns it at once from the platform itself. */
async function refreshStatus(centre: Centre, status: string) {
  if (isStatusCode(status)) await syncStatuses(centre, [status]);
}

export const answerQuoteAction = defineAction({
  name: "simulator.quote",
  schema: z.object({ demandNumber: z.string().min(1).max(50), answer: quoteAnswerBody }),
  permission: "dossiers:write",
  async run({ ctx, input }) {
    await assertMirrored(ctx.db, input.demandNumber);
    const centre = ctx.centre;
    const ack = await simulatorControl<Ack>(centre, `/dossiers/${encodeURIComponent(input.demandNumber)}/quote-answer`, input.answer);
    await recordAudit(ctx.db, ctx, { dossierNumber: input.demandNumber, action: "simulator.answer", summary: input.answer, outcome: "ok" });
    await refreshStatus(centre, ack.current_status_code);
    revalidatePath(`/dossiers/${encodeURIComponent(input.demandNumber)}`);
    return ack;
  },
});

export const answerInformationAction = defineAction({
  name: "simulator.information",
  schema: z.object({ demandNumber: z.string().min(1).max(50) }).extend(informationBody.shape),
  permission: "dossiers:write",
  async run({ ctx, input }) {
    await assertMirrored(ctx.db, input.demandNumber);
    const centre = ctx.centre;
    const ack = await simulatorControl<Ack>(centre, `/dossiers/${encodeURIComponent(input.demandNumber)}/information`, { text: input.text });
    await recordAudit(ctx.db, ctx, { dossierNumber: input.demandNumber, action: "simulator.answer", summary: { answer: "INFREV" }, outcome: "ok" });
    await refreshStatus(centre, ack.current_status_code);
    revalidatePath(`/dossiers/${encodeURIComponent(input.demandNumber)}`);
    return ack;
  },
});

export const createSimulatedDossierAction = defineAction({
  name: "simulator.create",
  schema: createDossierBody,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const centre = ctx.centre;
    const dossier = await simulatorControl<{ demand_number: string }>(centre, "/dossiers", input);
    await refreshStatus(centre, "RMAD");
    return { demandNumber: dossier.demand_number };
  },
});

export const resetSimulatorAction = defineAction({
  name: "simulator.reset",
  schema: z.object({}),
  permission: "dossiers:write",
  async run({ ctx }) {
    const centre = ctx.centre;
    await simulatorControl(centre, "/reset", {});
    await syncFresh(centre);
    revalidatePath("/dossiers");
    return { ok: true };
  },
});

export const setFaultsAction = defineAction({
  name: "simulator.faults",
  schema: faultsPatch,
  permission: "dossiers:write",
  run: async ({ ctx, input }) => simulatorControl<Faults>(ctx.centre, "/faults", input),
});

/** Another reading of the document (simulator/profiles.ts), then a full sync to see the platform through it. */
export const setProfileAction = defineAction({
  name: "simulator.profile",
  schema: profileBody,
  permission: "dossiers:write",
  async run({ ctx, input }) {
    const centre = ctx.centre;
    const result = await simulatorControl<{ profile: string }>(centre, "/profile", input);
    await syncFresh(centre);
    revalidatePath("/", "layout");
    return result;
  },
});

export const revokeTokensAction = defineAction({
  name: "simulator.revoke",
  schema: z.object({}),
  permission: "dossiers:write",
  run: async ({ ctx }) => simulatorControl(ctx.centre, "/tokens/revoke", {}),
});
