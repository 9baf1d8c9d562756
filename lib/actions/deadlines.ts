"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { deleteFlatFee, flatFeeIdInput, flatFeeInput, saveFlatFee } from "@/lib/indicators/flat-fees";
import { addRule, changeRuleLimit, deleteRule, ruleIdInput, ruleInput, ruleLimitInput } from "@/lib/deadlines/rules";

const refresh = () => revalidatePath("/admin/delais");

export const addDeadlineRuleAction = defineAction({ name: "deadlines.add", schema: ruleInput, permission: "deadlines:manage", run: async (args) => { const r = await addRule(args); refresh(); return r; } });
export const changeDeadlineRuleAction = defineAction({ name: "deadlines.change", schema: ruleLimitInput, permission: "deadlines:manage", run: async (args) => { const r = await changeRuleLimit(args); refresh(); return r; } });
export const deleteDeadlineRuleAction = defineAction({ name: "deadlines.delete", schema: ruleIdInput, permission: "deadlines:manage", run: async (args) => { const r = await deleteRule(args); refresh(); return r; } });
export const saveFlatFeeAction = defineAction({ name: "fees.save", schema: flatFeeInput, permission: "deadlines:manage", run: async (args) => { const r = await saveFlatFee(args); refresh(); return r; } });
export const deleteFlatFeeAction = defineAction({ name: "fees.delete", schema: flatFeeIdInput, permission: "deadlines:manage", run: async (args) => { const r = await deleteFlatFee(args); refresh(); return r; } });
