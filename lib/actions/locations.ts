"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { addLocation, deleteLocation, locationIdInput, locationInput } from "@/lib/locations/places";
import { inventoryFinish, inventoryFinishInput, inventoryScan, inventoryScanInput, moveDossier, moveDossierInput, putAway, putAwayInput } from "@/lib/locations/moves";

const refresh = () => revalidatePath("/admin/emplacements");

export const addLocationAction = defineAction({ name: "locations.add", schema: locationInput, permission: "locations:manage", run: async (args) => { const r = await addLocation(args); refresh(); return r; } });
export const deleteLocationAction = defineAction({ name: "locations.delete", schema: locationIdInput, permission: "locations:manage", run: async (args) => { const r = await deleteLocation(args); refresh(); return r; } });
export const putAwayAction = defineAction({ name: "locations.put_away", schema: putAwayInput, permission: "dossiers:write", run: putAway });
export const inventoryScanAction = defineAction({ name: "locations.inventory_scan", schema: inventoryScanInput, permission: "dossiers:write", run: inventoryScan });
export const inventoryFinishAction = defineAction({ name: "locations.inventory_finish", schema: inventoryFinishInput, permission: "dossiers:write", run: inventoryFinish });
export const moveDossierAction = defineAction({ name: "locations.move", schema: moveDossierInput, permission: "dossiers:write", run: moveDossier });
