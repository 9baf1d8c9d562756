import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { lastGoodSync } from "@/lib/sync/run-sync";
import { syncNow, syncRunning } from "@/lib/sync/scheduler";

/** When the mirror was last complete, polled by the queue to refresh itself after a sync. */
export const GET = defineRoute({
  name: "sync.status",
  schema: z.object({}),
  permission: "dossiers:read",
  input: () => ({}),
  run: ({ ctx }) => ({ lastGoodSync: lastGoodSync(ctx.db)?.toISOString() ?? null, running: syncRunning() }),
});

/** "Actualiser": a full sync now (or the one already running), then its summary. */
export const POST = defineRoute({
  name: "sync.run",
  schema: z.object({}),
  permission: "dossiers:read",
  input: () => ({}),
  async run({ ctx }) {
    const result = await syncNow();
    return {
      dossiers: result.dossiers,
      changed: result.changed.length,
      failed: result.failed.map((f) => f.status),
      lastGoodSync: lastGoodSync(ctx.db)?.toISOString() ?? null,
    };
  },
});
