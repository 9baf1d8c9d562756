"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { shipBatch, shipBatchInput } from "@/lib/shipping/batch";

export const shipBatchAction = defineAction({ name: "shipping.batch", schema: shipBatchInput, permission: "dossiers:write", run: shipBatch });
