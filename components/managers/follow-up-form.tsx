"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { saveFollowUpAction } from "@/lib/actions/quotes";
import { frReminders } from "@/lib/i18n/fr-reminders";

const t = frReminders.settings;

/** The follow-up's two delays, in days; a bad value is refused at its field and changes nothing. */
export function FollowUpForm({ reminderDays, repeatDays }: { reminderDays: number; repeatDays: number }) {
  const router = useRouter();
  const [values, setValues] = useState({ reminderDays: String(reminderDays), repeatDays: String(repeatDays) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t.title}
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await saveFollowUpAction({ reminderDays: values.reminderDays.trim() as unknown as number, repeatDays: values.repeatDays.trim() as unknown as number });
          if (result.ok) {
            setErrors({});
            toast.success(t.saved);
            router.refresh();
          } else setErrors(result.error.fieldErrors ?? { reminderDays: result.error.message });
        });
      }}
    >
      {(["reminderDays", "repeatDays"] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`follow-up-${key}`} className="block text-sm font-medium">{t[key]}</label>
          <input id={`follow-up-${key}`} inputMode="numeric" className="input mt-1 w-28" value={values[key]} aria-invalid={Boolean(errors[key])} aria-describedby={`follow-up-${key}-error`} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
          {errors[key] && <p id={`follow-up-${key}-error`} role="alert" className="field-error">⚠ {errors[key]}</p>}
        </div>
      ))}
      <button type="submit" className="btn-primary" disabled={pending}>{t.save}</button>
    </form>
  );
}
