"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { currentUser } from "@/lib/auth/current-user";
import { endSessions } from "@/lib/auth/end-sessions";
import { lockState } from "@/lib/auth/lockout";
import { safeReturnPath } from "@/lib/auth/return-path";
import { frSignIn } from "@/lib/i18n/fr-sign-in";
import { centreById, centreForCode } from "@/lib/tenancy/centres";
import { centreCode } from "@/lib/tenancy/registry";

export interface SignInState {
  error: string | null;
  email: string;
  /** The centre's code, as typed or from its sign-in address. */
  centre: string;
}

const form = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(200),
  centre: z.string().max(100).default(""),
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = form.safeParse(Object.fromEntries(formData));
  const email = parsed.success ? parsed.data.email : "";
  const centre = parsed.success ? parsed.data.centre : "";
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { error: frSignIn.invalid, email, centre };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, centre, redirectTo: safeReturnPath(formData.get("retour")) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after success travels as an exception
    if ((error as AuthError & { code?: string }).code === "locked") {
      const code = centreCode.safeParse(centre);
      const chosen = code.success ? await centreForCode(code.data) : null;
      const { until } = chosen ? await lockState(chosen.db, email.toLowerCase(), await clientAddress()) : { until: null };
      const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : null;
      return { error: minutes ? frSignIn.locked(minutes) : frSignIn.lockedGeneric, email, centre };
    }
    return { error: frSignIn.invalid, email, centre };
  }
  return { error: null, email, centre };
}

// Signing out ends every session of the user, on every device: the cookie alone cannot be revoked (README).
export async function signOutAction() {
  const user = await currentUser();
  const centre = user && (await centreById(user.centreId));
  if (user && centre) await endSessions(centre.db, centre.id, user.id);
  // Back to the centre's own sign-in address: the next person at this screen is of the same centre.
  await signOut({ redirectTo: centre?.slug ? `/connexion/${centre.slug}` : "/connexion" });
}
