import { z } from "zod";
import { defineRoute } from "@/lib/actions/safe-action";
import { unreadCount } from "@/lib/notifications/inbox";

/** The bell's count, refetched when the live stream says notifications changed. */
export const GET = defineRoute({
  name: "notifications.count",
  schema: z.object({}),
  permission: "dossiers:read",
  input: () => ({}),
  run: async ({ ctx }) => ({ unread: await unreadCount(ctx.db, ctx.user.id) }),
});
