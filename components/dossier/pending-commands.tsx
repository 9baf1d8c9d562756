"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { abandonCommandAction, retryCommandAction } from "@/app/(app)/dossiers/[number]/actions";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import type { OpenCommand } from "@/lib/outbox/outbox";

/** The dossier's actions not yet accepted by the platform: nothing a technician did is silently lost. */
export function PendingCommands({ commands }: { commands: OpenCommand[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (!commands.length) return null;
  const run = (action: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) toast.success(done);
      else toast.error(result.error?.message ?? fr.errors.internal);
      router.refresh();
    });
  return (
    <section aria-labelledby="pending-commands" className="rounded-lg border border-amber-400 bg-amber-50 p-4">
      <h2 id="pending-commands" className="mb-2 text-base font-semibold">⏳ {fr.outbox.title}</h2>
      <ul className="space-y-2">
        {commands.map((c) => (
          <li key={c.id} className="rounded border border-amber-300 bg-white p-2 text-sm" data-testid="pending-command">
            <p>
              <span className="font-medium">{fr.outbox.kinds[c.kind] ?? c.kind}</span> — <span data-testid="pending-state">{fr.outbox.states[c.state] ?? c.state}</span>
              <span className="text-slate-600"> · {fr.outbox.attempts(c.attempts)}{c.state !== "failed" && ` · ${fr.outbox.nextAttempt(formatDateTime(new Date(c.nextAttemptAt)))}`}</span>
            </p>
            {c.lastError && <p className="text-slate-700">{c.lastError}</p>}
            <p className="text-xs text-slate-600">{formatDateTime(new Date(c.createdAt))}{c.by && ` · ${c.by}`}</p>
            {c.state !== "sending" && (
              <div className="mt-1 flex gap-2">
                <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => retryCommandAction({ commandId: c.id }), fr.outbox.retried)}>{fr.outbox.retry}</button>
                <button type="button" className="btn-secondary" disabled={pending} onClick={() => window.confirm(fr.outbox.confirmAbandon) && run(() => abandonCommandAction({ commandId: c.id }), fr.outbox.abandoned)}>{fr.outbox.abandon}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
