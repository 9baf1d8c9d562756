"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { chooseTreatmentAction } from "@/lib/actions/dossier";
import { fr } from "@/lib/i18n/fr";

/** An RDE without a readable treatment: the technician chooses, and the reason is said. */
export function TreatmentChoice({ demandNumber }: { demandNumber: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (treatment: "RETURN" | "DESTRUCT") =>
    startTransition(async () => {
      const result = await chooseTreatmentAction({ demandNumber, treatment });
      if (result.ok) {
        toast.success(fr.dossier.treatmentChosen);
        router.refresh();
      } else toast.error(result.error.message);
    });
  return (
    <div role="group" aria-labelledby="treatment-why" className="space-y-2 rounded bg-amber-50 p-3 text-amber-950">
      <p id="treatment-why">⚠ {fr.dossier.treatmentUnreadable}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => choose("RETURN")}>{fr.dossier.chooseReturn}</button>
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => choose("DESTRUCT")}>{fr.dossier.chooseDestruct}</button>
      </div>
    </div>
  );
}
