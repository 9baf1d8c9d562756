import { connection } from "next/server";
import { config } from "@/lib/config/env";
import { fr } from "@/lib/i18n/fr";

/** Says, on every page, that the app runs on the embedded simulator; nothing in platform mode. */
export async function SimulatorBanner() {
  // Read at request time: the same build may run against the simulator or the platform.
  await connection();
  if (config().mode !== "simulator") return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-sm text-amber-950">
      <strong className="font-semibold">{fr.mode.simulatorTitle}</strong> {fr.mode.simulatorBanner}
    </div>
  );
}
