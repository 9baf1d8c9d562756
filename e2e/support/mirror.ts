import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { createDossier } from "./simulator";

/** A new dossier created by the reseller, then pulled into Atelier's mirror by a sync. */
export async function newSyncedDossier(request: APIRequestContext, type: "REP" | "PAD") {
  const dossier = await createDossier({ type });
  expect((await request.post("/api/sync")).ok()).toBe(true);
  return dossier.demand_number;
}
