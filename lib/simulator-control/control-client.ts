import "server-only";
// The app's side of the simulator's control routes (simulator mode only): the reseller's answers and the
// fault switches, for the "Simulateur" panel. Each centre's simulator is the one its platform address names.
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frSimulator } from "@/lib/i18n/fr-simulator";
import { isSimulatorCentre, type Centre } from "@/lib/tenancy/centres";
import { CONTROL_PREFIX } from "@/simulator/control-api";

// The simulator's control contract, for the actions that drive it (lib/actions/simulator.ts): this room
// alone of lib/ reaches into simulator/.
export { createDossierBody, faultsPatch, informationBody, profileBody, quoteAnswerBody, type Faults } from "@/simulator/control-api";

/** Only a simulator centre's user reaches its controls: another centre's platform is a real one. */
export function assertSimulatorCentre(centre: Centre) {
  if (!isSimulatorCentre(centre)) throw new ServiceError("forbidden", fr.errors.forbidden);
}

export async function simulatorControl<T>(centre: Centre, path: string, body?: unknown): Promise<T> {
  assertSimulatorCentre(centre);
  let response: Response;
  try {
    response = await fetch(`${centre.platformOrigin}${CONTROL_PREFIX}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
      cache: "no-store",
    });
  } catch {
    throw new ServiceError("upstream", frSimulator.unavailable);
  }
  const json = (await response.json().catch(() => null)) as { message?: string; data?: T } | null;
  if (!response.ok) throw new ServiceError("conflict", json?.message ?? frSimulator.unavailable);
  return json?.data as T;
}
