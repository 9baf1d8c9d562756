"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { assignDossiersAction } from "@/lib/actions/dossier";
import { fr } from "@/lib/i18n/fr";

/** A manager gives the selected dossiers to someone, or to nobody, in one go. */
export function BulkAssign({ assignees, selected, onDone }: { assignees: Array<{ id: number; name: string }>; selected: string[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [userId, setUserId] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2" role="group" aria-label={fr.assign.bulkTitle}>
      <span className="text-sm" aria-live="polite">{fr.assign.bulk(selected.length)}</span>
      <div>
        <label htmlFor="bulk-assignee" className="block text-xs font-medium text-slate-700">{fr.assign.assignTo}</label>
        <select id="bulk-assignee" className="input mt-0.5 py-1 text-sm" value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{fr.assign.nobody}</option>
          {assignees.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </div>
      <button
        type="button"
        className="btn-secondary min-h-11"
        disabled={pending || selected.length === 0}
        onClick={() =>
          startTransition(async () => {
            const result = await assignDossiersAction({ demandNumbers: selected, userId: userId ? Number(userId) : null });
            if (!result.ok) return void toast.error(result.error.message);
            toast.success(fr.assign.done(result.data.count));
            onDone();
            await queryClient.invalidateQueries({ queryKey: ["dossiers"] });
          })
        }
      >
        {fr.assign.assign}
      </button>
    </div>
  );
}
