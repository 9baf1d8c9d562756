import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SimulatorControls } from "@/components/simulator/simulator-controls";
import { requirePageUser } from "@/lib/auth/current-user";
import { frSimulator } from "@/lib/i18n/fr-simulator";
import { isSimulatorCentre } from "@/lib/tenancy/centres";
import { userCentre } from "@/lib/tenancy/user-centre";
import { simulatorControl } from "@/lib/simulator-control/control-client";
import type { Faults } from "@/simulator/control-api";
import type { Profile } from "@/simulator/profiles";

export const metadata: Metadata = { title: frSimulator.pageTitle };

export default async function SimulatorPage() {
  const user = await requirePageUser("dossiers:write");
  const centre = await userCentre(user);
  // A centre with a real platform has no simulator to drive, whatever the process's mode.
  if (!isSimulatorCentre(centre)) notFound();
  const [faults, profile] = await Promise.all([
    simulatorControl<Faults>(centre, "/faults").catch(() => null),
    simulatorControl<{ profile: Profile }>(centre, "/profile").then((p) => p.profile).catch(() => null),
  ]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">{frSimulator.pageTitle}</h1>
      {!faults && <p role="alert" className="text-red-800">{frSimulator.unavailable}</p>}
      <SimulatorControls faults={faults} profile={profile} />
    </main>
  );
}
