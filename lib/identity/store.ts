import "server-only";
// The centre's identity, stored once (app_settings) and audited when an admin changes it.
import { type Db } from "@/db";
import { readSetting, writeSetting } from "@/lib/settings";
import type { Ctx } from "@/lib/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { resolveUpload } from "@/lib/files/uploads";
import { centreIdentity, DEFAULT_IDENTITY, type CentreIdentity } from "./identity";

const KEY = "centre_identity";

export async function readIdentity(db: Db): Promise<CentreIdentity> {
  const row = await readSetting(db, KEY);
  if (!row) return DEFAULT_IDENTITY;
  const parsed = centreIdentity.safeParse({ ...DEFAULT_IDENTITY, ...(JSON.parse(row) as object) });
  return parsed.success ? parsed.data : DEFAULT_IDENTITY;
}

export async function saveIdentity({ ctx, input }: { ctx: Ctx; input: CentreIdentity }) {
  // The logo is the admin's own upload, checked as an image when it came.
  if (input.logoUploadId) await resolveUpload(ctx.db, input.logoUploadId, "logo", ctx.user.id, "logo");
  return ctx.db.transaction(async (tx) => {
    await writeSetting(tx, KEY, JSON.stringify(input));
    await recordAudit(tx, ctx, { action: "centre.identity", summary: { ...input }, outcome: "ok" });
    return input;
  });
}
