import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { config } from "@/lib/config/env";
import { listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";

/** The queue as JSON, for the query cache's background refreshes. */
export const GET = defineRoute({
  name: "dossiers.list",
  schema: z.object({ search: z.string().max(2000) }),
  permission: "dossiers:read",
  input: (request) => ({ search: new URL(request.url).search }),
  run: ({ ctx, input }) => listDossiers(ctx.db, parseQueueFilters(new URLSearchParams(input.search)), config().aging, ctx.now, ctx.user.id),
});
