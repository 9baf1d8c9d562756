"use client";

import { useState, useTransition } from "react";
import { saveAccessoriesAction } from "@/lib/actions/reception";
import { useHydrated } from "@/lib/client/use-hydrated";
import { fr } from "@/lib/i18n/fr";

const r = fr.reception;

/** The accessories that came with the product, written at reception and printed on the repair ticket. */
export function AccessoriesForm({ demandNumber, initial, onSaved }: { demandNumber: string; initial: string | null; onSaved?: () => void }) {
  const [value, setValue] = useState(initial ?? "");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const ready = useHydrated();
  const id = `accessories-${demandNumber}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const saved = await saveAccessoriesAction({ demandNumber, accessories: value });
          setResult(saved.ok ? { ok: true, text: r.accessoriesSaved } : { ok: false, text: saved.error.fieldErrors?.accessories ?? saved.error.message });
          if (saved.ok) onSaved?.();
        });
      }}
    >
      <div className="min-w-56 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">{r.accessories(demandNumber)}</label>
        <input
          id={id}
          className="input mt-1 min-h-11"
          value={value}
          maxLength={600}
          aria-describedby={`${id}-hint ${id}-result`}
          aria-invalid={result && !result.ok ? true : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{r.accessoriesHint}</p>
      </div>
      <button type="submit" className="btn-secondary min-h-11" disabled={pending || !ready}>{r.accessoriesSave}</button>
      <p id={`${id}-result`} role={result?.ok === false ? "alert" : "status"} className={`w-full text-sm ${result?.ok === false ? "text-red-800" : "text-green-800"}`}>
        {result ? `${result.ok ? "✓" : "⚠"} ${result.text}` : ""}
      </p>
    </form>
  );
}
