"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { abandonCommandAction, markCommandSentAction, resendCommandAction, retryCommandAction } from "@/lib/actions/dossier";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import type { OpenCommand } from "@/lib/outbox/queries";

const o = fr.outbox;

/**
 * The dossier's actions not yet applied by the platform, each with its state, why, and what a person must
 * decide when Atelier cannot: nothing a technician did is silently lost, and nothing goes twice unasked.
 */
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
      <h2 id="pending-commands" className="mb-2 text-base font-semibold">⏳ {o.title}</h2>
      <ul className="space-y-2">
        {commands.map((c) => {
          const kind = o.kinds[c.kind] ?? c.kind;
          const firstSent = c.firstSentAt ? formatDateTime(new Date(c.firstSentAt)) : null;
          return (
            <li key={c.id} className="rounded border border-amber-300 bg-white p-2 text-sm" data-testid="pending-command" data-state={c.state}>
              <p>
                <span className="font-medium">{kind}</span> — <span data-testid="pending-state">{o.states[c.state] ?? c.state}</span>
                <span className="text-slate-600">
                  {" · "}
                  {o.counts(c.sendAttempts, c.verifyAttempts)}
                  {firstSent && ` · ${o.firstSent(firstSent)}`}
                  {(c.state === "pending" || c.state === "unknown") && ` · ${o.nextAttempt(formatDateTime(new Date(c.nextAttemptAt)))}`}
                </span>
              </p>
              {c.code && <p className="text-slate-700" data-testid="pending-reason">{o.codes[c.code]?.(c.detail) ?? c.code}</p>}
              <p className="text-xs text-slate-600">{formatDateTime(new Date(c.createdAt))}{c.by && ` · ${c.by}`}</p>
              {c.state === "review" && (
                <div className="mt-2 space-y-1" role="group" aria-label={o.reviewIntro(kind, firstSent ?? "—")}>
                  <p className="font-medium">{o.reviewIntro(kind, firstSent ?? "—")}</p>
                  <div className="flex flex-wrap gap-2">
                    <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => markCommandSentAction({ commandId: c.id }), o.markedSent)}>{o.markSent}</button>
                    <button type="button" className="btn-secondary" disabled={pending} onClick={() => window.confirm(o.confirmResend) && run(() => resendCommandAction({ commandId: c.id }), o.resent)}>{o.resend}</button>
                  </div>
                </div>
              )}
              {c.state !== "sending" && (
                <div className="mt-1 flex flex-wrap gap-2">
                  {c.state !== "review" && <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => retryCommandAction({ commandId: c.id }), o.retried)}>{o.retry}</button>}
                  <button type="button" className="btn-secondary" disabled={pending} onClick={() => window.confirm(o.confirmAbandon) && run(() => abandonCommandAction({ commandId: c.id }), o.abandoned)}>{o.abandon}</button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
