"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

export interface SyncFailureView {
  status: string;
  kind: string;
  httpStatus: number | null;
  field: string | null;
  nonJson: boolean;
}

export interface SyncStatus {
  lastGoodSync: string | null;
  running: boolean;
  failing: SyncFailureView[];
  quarantined: number;
}

/** The sync's state, refetched when the live stream says a sync ran; then the dossier queries too. */
export function useSyncStatus(initial: SyncStatus) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ["sync"],
    queryFn: async (): Promise<SyncStatus> => {
      const response = await fetch("/api/sync", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      return ((await response.json()) as { data: SyncStatus }).data;
    },
    initialData: initial,
  });
  const seen = useRef(initial.lastGoodSync);
  useEffect(() => {
    if (query.data.lastGoodSync !== seen.current) {
      seen.current = query.data.lastGoodSync;
      void queryClient.invalidateQueries({ queryKey: ["dossiers"] });
    }
  }, [query.data.lastGoodSync, queryClient]);
  return query;
}
