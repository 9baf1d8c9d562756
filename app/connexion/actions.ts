"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { lockState } from "@/lib/auth/lockout";
import { safeReturnPath } from "@/lib/auth/return-path";
import { fr } from "@/lib/i18n/fr";
import { centreById } from "@/lib/tenancy/centres";

export interface SignInState {
  error: string | null;
  email: string;
  centre: number;
}

const form = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(200),
  centre: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = form.safeParse(Object.fromEntries(formData));
  const email = parsed.success ? parsed.data.email : "";
  const centre = parsed.success ? parsed.data.centre : 0;
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { error: fr.signIn.invalid, email, centre };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, centre: String(centre), redirectTo: safeReturnPath(formData.get("retour")) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after success travels as an exception
    if ((error as AuthError & { code?: string }).code === "locked") {
      const chosen = await centreById(centre);
      const { until } = chosen ? await lockState(chosen.db, email.toLowerCase(), await clientAddress()) : { until: null };
      const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : null;
      return { error: minutes ? fr.signIn.locked(minutes) : fr.signIn.lockedGeneric, email, centre };
    }
    return { error: fr.signIn.invalid, email, centre };
  }
  return { error: null, email, centre };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/connexion" });
}
