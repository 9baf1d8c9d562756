"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { addPrice, deletePrice, importPrices, priceEntryInput, priceIdInput, priceImportInput } from "@/lib/parts/price-list";

const refresh = () => revalidatePath("/admin/tarifs");

export const addPriceAction = defineAction({ name: "prices.add", schema: priceEntryInput, permission: "prices:manage", run: async (args) => { const r = await addPrice(args); refresh(); return r; } });
export const deletePriceAction = defineAction({ name: "prices.delete", schema: priceIdInput, permission: "prices:manage", run: async (args) => { const r = await deletePrice(args); refresh(); return r; } });
export const importPricesAction = defineAction({ name: "prices.import", schema: priceImportInput, permission: "prices:manage", run: async (args) => { const r = await importPrices(args); refresh(); return r; } });
