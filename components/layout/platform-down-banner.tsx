import { countOpen } from "@/lib/outbox/outbox";
import { db } from "@/db";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { platformDownSince } from "@/lib/rma/reachability";

/** Said on every page while the platform does not answer: the mirror still works, actions wait. */
export function PlatformDownBanner() {
  const since = platformDownSince();
  if (!since) return null;
  const queued = countOpen(db());
  return (
    <div role="alert" className="border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-950" data-testid="platform-down">
      <strong>⚠ {fr.outbox.platformDownTitle(formatDateTime(since))}</strong> {fr.outbox.platformDown}
      {queued > 0 && <span> {fr.outbox.queuedCount(queued)}</span>}
    </div>
  );
}
