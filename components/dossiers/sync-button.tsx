"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { fr } from "@/lib/i18n/fr";
import { formatDateTime } from "@/lib/format";
import { useSyncStatus, type SyncStatus } from "./use-sync-status";

/** The sync panel: the last complete sync, "Actualiser", and, when some status failed, which and why. */
export function SyncButton({ initial, canReview }: { initial: SyncStatus; canReview: boolean }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const status = useSyncStatus(initial);
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await fetch("/api/sync", { method: "POST" });
      if (!response.ok) {
        // A refusal with a reason (too many refreshes: when to try again) is shown as the server wrote it.
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(response.status === 429 && body?.error?.message ? body.error.message : fr.sync.failed);
      }
      return ((await response.json()) as { data: SyncStatus & { dossiers: number; changed: number; failed: unknown[] } }).data;
    },
    onSuccess(result) {
      if (result.failed.length) toast.warning(fr.sync.partial(result.failed.length));
      else toast.success(fr.sync.done(result.dossiers, result.changed));
      queryClient.setQueryData(["sync"], { lastGoodSync: result.lastGoodSync, running: false, failing: result.failing, quarantined: result.quarantined });
      void queryClient.invalidateQueries({ queryKey: ["dossiers"] });
      router.refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const { lastGoodSync: last, failing, quarantined } = status.data;
  return (
    <div className="space-y-1 text-sm text-slate-700" data-testid="sync-panel">
      <div className="flex flex-wrap items-center gap-3">
        <span data-testid="last-sync">{last ? fr.sync.lastSync(formatDateTime(new Date(last))) : fr.sync.never}</span>
        <button type="button" className="btn-secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          <RefreshCw aria-hidden="true" className={`h-4 w-4 ${mutation.isPending ? "animate-spin" : ""}`} />
          {mutation.isPending ? fr.sync.refreshing : fr.sync.refresh}
        </button>
      </div>
      {failing.length > 0 && (
        <div role="status" className="rounded bg-amber-50 p-2 text-amber-950" data-testid="sync-failures">
          <p>⚠ {fr.sync.failingTitle(failing.length)}</p>
          <ul className="ml-5 list-disc">
            {failing.map((f) => <li key={f.status}>{fr.sync.failure(f)}</li>)}
          </ul>
        </div>
      )}
      {quarantined > 0 && (
        <p data-testid="sync-quarantined">
          ⚠ {fr.sync.quarantined(quarantined)}
          {canReview && <> — <Link href="/admin/donnees-a-verifier" className="text-blue-800 underline">{fr.sync.review}</Link></>}
        </p>
      )}
    </div>
  );
}
