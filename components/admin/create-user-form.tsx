"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frAdmin } from "@/lib/i18n/fr-admin";
import { FieldError } from "@/components/ui/field-error";

type State = ActionResult<{ id: number; email: string }> | null;

export function CreateUserForm() {
  const [state, formAction, pending] = useActionState<State, FormData>((_previous, formData) => createUserAction(formData), null);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div aria-live="polite" className="sm:col-span-2">
        {state?.ok && <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-900">✓ {frAdmin.created(state.data.email)}</p>}
        {state && !state.ok && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900">{state.error.message}</p>}
      </div>
      <div>
        <label htmlFor="new-name" className="block text-sm font-medium">{frAdmin.name}</label>
        <input id="new-name" name="name" className="input mt-1" aria-invalid={Boolean(errors.name)} aria-describedby="new-name-error" />
        <FieldError id="new-name-error" message={errors.name} />
      </div>
      <div>
        <label htmlFor="new-email" className="block text-sm font-medium">{frAdmin.email}</label>
        <input id="new-email" name="email" type="email" className="input mt-1" aria-invalid={Boolean(errors.email)} aria-describedby="new-email-error" />
        <FieldError id="new-email-error" message={errors.email} />
      </div>
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">{frAdmin.role}</label>
        <select id="new-role" name="role" className="input mt-1" defaultValue="technician">
          {ROLES.map((role) => (
            <option key={role} value={role}>{fr.roles[role]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="new-password" className="block text-sm font-medium">{frAdmin.password}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" className="input mt-1" aria-invalid={Boolean(errors.password)} aria-describedby="new-password-error" />
        <FieldError id="new-password-error" message={errors.password} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>{frAdmin.create}</button>
      </div>
    </form>
  );
}
