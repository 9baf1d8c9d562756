import { ArrowRightLeft, MessageSquare, Send } from "lucide-react";
import type { SessionUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { TimelineEntry } from "@/lib/dossiers/get-dossier";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { frAudit } from "@/lib/i18n/fr-audit";
import { isStatusCode } from "@/lib/rma/constants";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { NoteItem } from "./note-item";

function Who({ entry }: { entry: TimelineEntry }) {
  const by =
    entry.kind === "status" ? (entry.source === "atelier" ? entry.by : entry.source === "push" ? fr.dossier.byPush : fr.dossier.bySync) : entry.by;
  return (
    <p className="text-xs text-slate-600">
      <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
      {by && ` · ${by}`}
      {entry.kind === "note" && entry.editedAt && ` · ${fr.notes.edited}`}
    </p>
  );
}

export function Timeline({ entries, user }: { entries: TimelineEntry[]; user: SessionUser }) {
  if (!entries.length) return <p className="text-sm text-slate-700">{fr.dossier.timelineEmpty}</p>;
  return (
    <ol className="space-y-3" aria-label={fr.dossier.timeline}>
      {entries.map((entry) => (
        <li key={entry.id} className="flex gap-3 rounded border border-slate-200 bg-white p-3 text-sm" data-testid={`timeline-${entry.kind}`}>
          {entry.kind === "status" && <ArrowRightLeft aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-slate-500" />}
          {entry.kind === "action" && <Send aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-slate-500" />}
          {entry.kind === "note" && <MessageSquare aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-slate-500" />}
          <div className="min-w-0 flex-1">
            {entry.kind === "status" && (
              <>
                <p className="flex flex-wrap items-center gap-1">
                  {entry.from && isStatusCode(entry.from) && <StatusBadge code={entry.from} compact />}
                  {entry.from && <span aria-hidden="true">→</span>}
                  {isStatusCode(entry.to) && <StatusBadge code={entry.to} />}
                </p>
                {entry.comment && <p className="mt-1 whitespace-pre-wrap break-words">{entry.comment}</p>}
              </>
            )}
            {entry.kind === "action" && (
              <p>
                <span className="font-medium">{frAudit.actions[entry.action] ?? entry.action}</span> — {frAudit.outcomes[entry.outcome] ?? entry.outcome}
                {entry.message && <span className="block text-slate-700">{entry.message}</span>}
              </p>
            )}
            {entry.kind === "note" && <NoteItem noteId={entry.noteId} body={entry.body} canChange={entry.authorId === user.id || can(user.role, "notes:moderate")} />}
            <Who entry={entry} />
          </div>
        </li>
      ))}
    </ol>
  );
}
