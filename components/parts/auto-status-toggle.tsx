"use client";

import { saveAutoStatusAction } from "@/lib/actions/parts";
import { frParts } from "@/lib/i18n/fr-parts";
import { useAction } from "@/components/ui/use-action";

/** Managers: let CMDPART and REPPROG go out by themselves when the parts call for them. */
export function AutoStatusToggle({ enabled }: { enabled: boolean }) {
  const { run, pending } = useAction();
  return (
    <label className="touch-target flex items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <input type="checkbox" className="h-5 w-5" checked={enabled} disabled={pending} onChange={(e) => run(() => saveAutoStatusAction({ enabled: e.target.checked }), (d) => (d.enabled ? frParts.orders.autoOn : frParts.orders.autoOff))} />
      {frParts.orders.auto}
    </label>
  );
}
