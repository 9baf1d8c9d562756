"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { saveRetentionAction } from "@/lib/actions/privacy";
import { frPrivacy } from "@/lib/i18n/fr-privacy";

const t = frPrivacy.retention;

/** The retention period, in months after a dossier closed. */
export function RetentionForm({ months }: { months: number }) {
  const router = useRouter();
  const [value, setValue] = useState(String(months));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await saveRetentionAction({ months: value.trim() as unknown as number });
          if (result.ok) {
            setError(null);
            toast.success(t.saved);
            router.refresh();
          } else {
            setError(result.error.fieldErrors?.months ?? result.error.message);
          }
        });
      }}
    >
      <div>
        <label htmlFor="retention-months" className="block text-sm font-medium">{t.label}</label>
        <input id="retention-months" inputMode="numeric" className="input mt-1 w-32" value={value} aria-invalid={Boolean(error)} aria-describedby="retention-months-hint retention-months-error" onChange={(e) => setValue(e.target.value)} />
        <p id="retention-months-hint" className="mt-1 text-sm text-slate-700">{t.hint}</p>
        {error && <p id="retention-months-error" role="alert" className="field-error">⚠ {error}</p>}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{t.save}</button>
    </form>
  );
}
