import "server-only";
// The setting that lets the parts send their status by themselves (CMDPART once a part is ordered, REPPROG
// once every part is in), where a person would otherwise click the button the dossier page offers.
import { z } from "zod";
import { type Db } from "@/db";
import { readSetting, writeSetting } from "@/lib/settings";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/context";

const KEY = "parts.auto_status";

export const autoStatusInput = z.object({ enabled: z.boolean() });

export async function autoStatusEnabled(db: Db): Promise<boolean> {
  return (await readSetting(db, KEY)) === "1";
}

export function saveAutoStatus({ ctx, input }: { ctx: Ctx; input: z.output<typeof autoStatusInput> }) {
  return ctx.db.transaction(async (tx) => {
    const value = input.enabled ? "1" : "0";
    await writeSetting(tx, KEY, value);
    await recordAudit(tx, ctx, { action: "parts.auto_status", summary: { enabled: input.enabled }, outcome: "ok" });
    return { enabled: input.enabled };
  });
}
