import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { ServiceError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { centreById, type Centre } from "./centres";

/** The centre a signed-in user works for: its database and platform are the only ones they reach. */
export async function userCentre(user: SessionUser): Promise<Centre> {
  const centre = await centreById(user.centreId);
  if (!centre) throw new ServiceError("unauthenticated", fr.errors.unauthenticated);
  return centre;
}
