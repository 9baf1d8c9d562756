import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { lastGoodSync } from "@/lib/sync/run-sync";
import { syncProblems } from "@/lib/sync/quarantine";
import { syncAskedBy } from "@/lib/sync/on-request";
import { syncRunning } from "@/lib/sync/scheduler";

/** When the mirror was last complete, and what could not be read: polled by the queue's sync panel. */
export const GET = defineRoute({
  name: "sync.status",
  schema: z.object({}),
  permission: "dossiers:read",
  input: () => ({}),
  run: async ({ ctx }) => ({ lastGoodSync: (await lastGoodSync(ctx.db))?.toISOString() ?? null, running: syncRunning(ctx.user.centreId), ...(await syncProblems(ctx.db)) }),
});

/** "Actualiser": a full sync now (or one that just started), then its summary, failures in detail. */
export const POST = defineRoute({
  name: "sync.run",
  schema: z.object({}),
  permission: "dossiers:read",
  input: () => ({}),
  async run({ ctx }) {
    const result = await syncAskedBy(ctx.user, ctx.centre);
    return {
      dossiers: result.dossiers,
      changed: result.changed.length,
      rejected: result.rejected,
      failed: result.failed,
      lastGoodSync: (await lastGoodSync(ctx.db))?.toISOString() ?? null,
      ...(await syncProblems(ctx.db)),
    };
  },
});
