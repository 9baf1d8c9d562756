"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/connexion/actions";
import { fr } from "@/lib/i18n/fr";

/** Several centres: each account belongs to one, chosen here (one centre: no choice shown). */
export function SignInForm({ returnTo, centres }: { returnTo?: string; centres: Array<{ id: number; name: string }> }) {
  const [state, formAction, pending] = useActionState(signInAction, { error: null, email: "", centre: centres[0]?.id ?? 0 });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {returnTo && <input type="hidden" name="retour" value={returnTo} />}
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {state.error}
        </p>
      )}
      {centres.length > 1 && (
        <div>
          <label htmlFor="centre" className="block text-sm font-medium">
            {fr.signIn.centre}
          </label>
          <select id="centre" name="centre" defaultValue={state.centre} className="input mt-1">
            {centres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {centre.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {fr.signIn.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className="input mt-1" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {fr.signIn.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="input mt-1" />
      </div>
      <button type="submit" disabled={pending} className="btn-primary w-full">
        {pending ? fr.signIn.submitting : fr.signIn.submit}
      </button>
    </form>
  );
}
