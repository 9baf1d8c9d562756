"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { addSupplier, correctStock } from "@/lib/parts/catalogue";
import { addPartInput, correctionInput, lineInput, orderInput, receiveLineInput, scanInput, supplierInput, supplierOrderInput } from "@/lib/parts/inputs";
import { addPart, receivePart, stepPart } from "@/lib/parts/lines";
import { createOrder, markOrderSent } from "@/lib/parts/orders";
import { autoStatusInput, saveAutoStatus } from "@/lib/parts/auto-status";
import { receiveScan } from "@/lib/parts/receiving";
import { sendPartsStatuses } from "@/lib/submit/parts-status";

const refresh = () => revalidatePath("/pieces", "layout");

export const addPartAction = defineAction({ name: "parts.add", schema: addPartInput, permission: "parts:work", run: async (args) => { const r = await addPart(args); refresh(); return r; } });
export const receivePartAction = defineAction({
  name: "parts.receive",
  schema: receiveLineInput,
  permission: "parts:work",
  run: async (args) => {
    const r = await receivePart(args);
    await sendPartsStatuses(args.ctx, [{ demandNumber: r.demandNumber, change: `line:${r.lineId}:${r.received}` }]);
    refresh();
    return r;
  },
});
export const fitPartAction = defineAction({ name: "parts.fit", schema: lineInput, permission: "parts:work", run: async (args) => { const r = await stepPart("fit")(args); refresh(); return r; } });
export const cancelPartAction = defineAction({ name: "parts.cancel", schema: lineInput, permission: "parts:work", run: async (args) => { const r = await stepPart("cancel")(args); refresh(); return r; } });
export const returnPartAction = defineAction({ name: "parts.return", schema: lineInput, permission: "parts:work", run: async (args) => { const r = await stepPart("giveBack")(args); refresh(); return r; } });
export const createOrderAction = defineAction({
  name: "parts.order",
  schema: supplierOrderInput,
  permission: "parts:work",
  run: async (args) => {
    const r = await createOrder(args);
    await sendPartsStatuses(args.ctx, r.dossiers.map((demandNumber) => ({ demandNumber, change: `order:${r.orderId}` })));
    refresh();
    return r;
  },
});
export const markOrderSentAction = defineAction({ name: "parts.order_sent", schema: orderInput, permission: "parts:work", run: async (args) => { const r = await markOrderSent(args); refresh(); return r; } });
export const receiveScanAction = defineAction({
  name: "parts.scan",
  schema: scanInput,
  permission: "parts:work",
  run: async (args) => {
    const r = await receiveScan(args);
    await sendPartsStatuses(args.ctx, r.received.filter((x) => x.complete).map((x) => ({ demandNumber: x.demandNumber, change: `line:${x.lineId}:received` })));
    refresh();
    return r;
  },
});
export const saveAutoStatusAction = defineAction({ name: "parts.auto_status", schema: autoStatusInput, permission: "prices:manage", run: async (args) => { const r = await saveAutoStatus(args); refresh(); return r; } });
export const addSupplierAction = defineAction({ name: "parts.supplier_add", schema: supplierInput, permission: "prices:manage", run: async (args) => { const r = await addSupplier(args); revalidatePath("/admin/tarifs"); return r; } });
export const correctStockAction = defineAction({ name: "parts.stock_correct", schema: correctionInput, permission: "prices:manage", run: async (args) => { const r = await correctStock(args); revalidatePath("/admin/tarifs"); refresh(); return r; } });
