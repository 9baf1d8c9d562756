"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/safe-action";
import { accessoriesInput, saveAccessories } from "@/lib/dossiers/accessories";
import { lookupScan } from "@/lib/dossiers/reception";

/** What a scan at the goods-in desk finds, with what receiving each match takes. Reads only. */
export const scanAction = defineAction({
  name: "reception.scan",
  schema: z.object({ term: z.string().max(200) }),
  permission: "dossiers:write",
  run: ({ ctx, input }) => lookupScan(ctx.db, input.term),
});

/** What came with the product, printed on the repair ticket. */
export const saveAccessoriesAction = defineAction({
  name: "dossier.accessories",
  schema: accessoriesInput,
  permission: "dossiers:write",
  run: saveAccessories,
});
