"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { fr } from "@/lib/i18n/fr";
import { formatDateTime } from "@/lib/format";
import { useSyncStatus, type SyncStatus } from "./use-sync-status";

export function SyncButton({ initial }: { initial: SyncStatus }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const status = useSyncStatus(initial);
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await fetch("/api/sync", { method: "POST" });
      if (!response.ok) throw new Error(String(response.status));
      return ((await response.json()) as { data: { dossiers: number; changed: number; failed: string[]; lastGoodSync: string | null } }).data;
    },
    onSuccess(result) {
      if (result.failed.length) toast.warning(fr.sync.partial(result.failed.length));
      else toast.success(fr.sync.done(result.dossiers, result.changed));
      queryClient.setQueryData(["sync"], { lastGoodSync: result.lastGoodSync, running: false });
      void queryClient.invalidateQueries({ queryKey: ["dossiers"] });
      router.refresh();
    },
    onError: () => toast.error(fr.sync.failed),
  });
  const last = status.data.lastGoodSync;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
      <span data-testid="last-sync">{last ? fr.sync.lastSync(formatDateTime(new Date(last))) : fr.sync.never}</span>
      <button type="button" className="btn-secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        <RefreshCw aria-hidden="true" className={`h-4 w-4 ${mutation.isPending ? "animate-spin" : ""}`} />
        {mutation.isPending ? fr.sync.refreshing : fr.sync.refresh}
      </button>
    </div>
  );
}
