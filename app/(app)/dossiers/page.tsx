import type { Metadata } from "next";
import { QueueFiltersBar } from "@/components/dossiers/queue-filters-bar";
import { QueueView } from "@/components/dossiers/queue-view";
import { SyncButton } from "@/components/dossiers/sync-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { can } from "@/lib/auth/permissions";
import { config } from "@/lib/config/env";
import { assignees } from "@/lib/dossiers/assign";
import { filterOptions, listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { packPage } from "@/lib/dossiers/queue-rows";
import { frQueue } from "@/lib/i18n/fr-queue";
import { syncProblems } from "@/lib/sync/quarantine";
import { lastGoodSync } from "@/lib/sync/run-sync";
import { syncRunning } from "@/lib/sync/scheduler";

export const metadata: Metadata = { title: frQueue.title };

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("dossiers:read");
  const filters = parseQueueFilters(await searchParams);
  const database = (await userCentre(user)).db;
  const [page, last, problems, options, people] = await Promise.all([
    listDossiers(database, filters, config().aging, new Date(), user.id),
    lastGoodSync(database),
    syncProblems(database),
    filterOptions(database),
    assignees(database),
  ]);
  return (
    <main className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{frQueue.title}</h1>
        <SyncButton initial={{ lastGoodSync: last?.toISOString() ?? null, running: syncRunning(user.centreId), ...problems }} canReview={can(user.role, "platform:review")} />
      </div>
      <QueueFiltersBar filters={filters} options={{ ...options, assignees: people }} />
      <QueueView key={JSON.stringify(filters)} filters={filters} initialPage={packPage(page)} assignees={can(user.role, "dossiers:assign") ? people : null} />
    </main>
  );
}
