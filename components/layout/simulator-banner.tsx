import { fr } from "@/lib/i18n/fr";

/** Says, on every page, that the app runs on the embedded simulator (the root layout decides when). */
export function SimulatorBanner() {
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-sm text-amber-950">
      <strong className="font-semibold">{fr.mode.simulatorTitle}</strong> {fr.mode.simulatorBanner}
    </div>
  );
}
