"use client";

import { useState, useTransition } from "react";
import { updateUserAction } from "@/lib/actions/users";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { frAdmin } from "@/lib/i18n/fr-admin";

export function UserRowActions({ user }: { user: { id: number; email: string; role: Role; active: boolean } }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState("");
  const run = (input: Parameters<typeof updateUserAction>[0]) =>
    startTransition(async () => {
      const outcome = await updateUserAction(input);
      setResult(outcome);
      if (outcome.ok) setPassword("");
    });
  const prefix = `user-${user.id}`;
  return (
    <div className="flex flex-wrap items-end gap-2">
      <button
        type="button"
        className={user.active ? "btn-danger" : "btn-secondary"}
        disabled={pending}
        onClick={() => run({ change: "active", userId: user.id, active: !user.active })}
      >
        {user.active ? frAdmin.deactivate : frAdmin.activate}
        <span className="sr-only"> {user.email}</span>
      </button>
      <div className="flex items-end gap-1">
        <div>
          <label htmlFor={`${prefix}-role`} className="sr-only">{`${frAdmin.role} ${user.email}`}</label>
          <select id={`${prefix}-role`} className="input py-1 text-sm" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{fr.roles[r]}</option>
            ))}
          </select>
        </div>
        <button type="button" className="btn-secondary" disabled={pending || role === user.role} onClick={() => run({ change: "role", userId: user.id, role })}>
          {frAdmin.changeRole}
        </button>
      </div>
      <div className="flex items-end gap-1">
        <div>
          <label htmlFor={`${prefix}-password`} className="sr-only">{`${frAdmin.newPassword} ${user.email}`}</label>
          <input
            id={`${prefix}-password`}
            type="password"
            autoComplete="new-password"
            placeholder={frAdmin.newPassword}
            className="input py-1 text-sm"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="button" className="btn-secondary" disabled={pending || !password} onClick={() => run({ change: "password", userId: user.id, password })}>
          {frAdmin.resetPassword}
        </button>
      </div>
      <p aria-live="polite" className="w-full text-sm">
        {result?.ok && <span className="text-green-800">✓ {frAdmin.saved}</span>}
        {result && !result.ok && (
          <span role="alert" className="text-red-800">
            ⚠ {Object.values(result.error.fieldErrors ?? {})[0] ?? result.error.message}
          </span>
        )}
      </p>
    </div>
  );
}
