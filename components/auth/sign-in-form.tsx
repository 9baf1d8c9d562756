"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/actions/sign-in";
import { frSignIn } from "@/lib/i18n/fr-sign-in";

/**
 * Several centres: each account belongs to one, named by the page's address (`centre`) or by its code typed
 * here (`askCode`; empty, the main centre). One centre: no such field, as before.
 */
export function SignInForm({ returnTo, centre, askCode }: { returnTo?: string; centre: { code: string; name: string } | null; askCode: boolean }) {
  const [state, formAction, pending] = useActionState(signInAction, { error: null, email: "", centre: centre?.code ?? "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {returnTo && <input type="hidden" name="retour" value={returnTo} />}
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {state.error}
        </p>
      )}
      {centre && (
        <p className="text-sm" data-testid="sign-in-centre">
          {frSignIn.centre} : <span className="font-medium">{centre.name}</span>
          <input type="hidden" name="centre" value={centre.code} />
        </p>
      )}
      {askCode && (
        <div>
          <label htmlFor="centre" className="block text-sm font-medium">
            {frSignIn.centreCode}
          </label>
          <input
            id="centre"
            name="centre"
            type="text"
            autoComplete="organization"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={31}
            defaultValue={state.centre}
            aria-describedby="centre-hint"
            className="input mt-1"
          />
          <p id="centre-hint" className="mt-1 text-xs text-slate-600">
            {frSignIn.centreCodeHint}
          </p>
        </div>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {frSignIn.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className="input mt-1" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {frSignIn.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="input mt-1" />
      </div>
      <button type="submit" disabled={pending} className="btn-primary w-full">
        {pending ? frSignIn.submitting : frSignIn.submit}
      </button>
    </form>
  );
}
