import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";

/** Said on every page while the platform does not answer: the mirror still works, actions wait. */
export function PlatformDownBanner({ since, queued }: { since: Date | null; queued: number }) {
  if (!since) return null;
  return (
    <div role="alert" className="border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-950" data-testid="platform-down">
      <strong>⚠ {fr.outbox.platformDownTitle(formatDateTime(since))}</strong> {fr.outbox.platformDown}
      {queued > 0 && <span> {fr.outbox.queuedCount(queued)}</span>}
    </div>
  );
}
