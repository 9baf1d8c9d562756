import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { PlatformDownBanner } from "@/components/layout/platform-down-banner";
import { LiveUpdates } from "@/components/live/live-updates";
import { Providers } from "@/components/providers";
import { unreadCount } from "@/lib/notifications/inbox";
import { requirePageUser } from "@/lib/auth/current-user";
import { isSimulatorCentre } from "@/lib/tenancy/centres";
import { userCentre } from "@/lib/tenancy/user-centre";
import { can } from "@/lib/auth/permissions";
import { countOpen } from "@/lib/outbox/outbox";
import { newAnswersCount } from "@/lib/quotes/last-visit";
import { quarantineCount } from "@/lib/sync/quarantine";

// Signed-in area. Each page checks its own permission too: a layout is not a security boundary.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const centre = await userCentre(user);
  const down = centre.reachability.downSince();
  const database = centre.db;
  const [queued, newAnswers, toReview, unread] = await Promise.all([
    down ? countOpen(database) : 0,
    can(user.role, "manager:view") ? newAnswersCount(database, user.id) : 0,
    can(user.role, "platform:review") ? quarantineCount(database) : 0,
    unreadCount(database, user.id),
  ]);
  return (
    <Providers>
      <PlatformDownBanner since={down} queued={queued} />
      <AppHeader
        user={user}
        simulator={isSimulatorCentre(centre)}
        newAnswers={newAnswers}
        toReview={toReview}
        unread={unread}
      />
      <LiveUpdates />
      <div id="contenu" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </div>
    </Providers>
  );
}
