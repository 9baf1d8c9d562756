"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { assignDossiersAction, takeDossierAction } from "@/lib/actions/dossier";
import { fr } from "@/lib/i18n/fr";

/** Who has the dossier; "Prendre ce dossier" for anyone, and "Attribuer à" for those who may assign. */
export function DossierAssignee({ demandNumber, assignee, mine, assignees }: { demandNumber: string; assignee: string | null; mine: boolean; assignees: Array<{ id: number; name: string }> | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) toast.success(fr.assign.done(1));
      else toast.error(result.error?.message ?? fr.errors.internal);
      router.refresh();
    });
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="dossier-assignee">
      <span>
        <span className="font-medium">{fr.assign.assignee} : </span>
        {assignee ?? fr.assign.nobody}
      </span>
      {!mine && <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => run(() => takeDossierAction({ demandNumber }))}>{fr.assign.take}</button>}
      {assignees && (
        <>
          <label htmlFor="dossier-assignee-select" className="sr-only">{fr.assign.assignTo}</label>
          <select
            id="dossier-assignee-select"
            className="input w-auto py-1"
            defaultValue=""
            disabled={pending}
            onChange={(e) => e.target.value && run(() => assignDossiersAction({ demandNumbers: [demandNumber], userId: e.target.value === "none" ? null : Number(e.target.value) }))}
          >
            <option value="">{fr.assign.assignTo}…</option>
            <option value="none">{fr.assign.nobody}</option>
            {assignees.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </>
      )}
    </div>
  );
}
