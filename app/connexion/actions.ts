"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { db } from "@/db";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { lockState } from "@/lib/auth/lockout";
import { safeReturnPath } from "@/lib/auth/return-path";
import { fr } from "@/lib/i18n/fr";

export interface SignInState {
  error: string | null;
  email: string;
}

const form = z.object({ email: z.string().trim().max(320), password: z.string().max(200) });

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = form.safeParse(Object.fromEntries(formData));
  const email = parsed.success ? parsed.data.email : "";
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { error: fr.signIn.invalid, email };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeReturnPath(formData.get("retour")) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after success travels as an exception
    if ((error as AuthError & { code?: string }).code === "locked") {
      const { until } = await lockState(db(), email.toLowerCase(), await clientAddress());
      const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : null;
      return { error: minutes ? fr.signIn.locked(minutes) : fr.signIn.lockedGeneric, email };
    }
    return { error: fr.signIn.invalid, email };
  }
  return { error: null, email };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/connexion" });
}
