"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { addSupplierAction } from "@/lib/actions/parts";
import { frParts } from "@/lib/i18n/fr-parts";

const t = frParts.catalogue;
const EMPTY = { name: "", email: "", leadDays: "3" };

/** The suppliers parts are ordered from, with the lead time that dates each order's lines. */
export function SupplierForm({ suppliers }: { suppliers: Array<{ id: number; name: string; email: string | null; leadDays: number }> }) {
  const { run, pending, errors } = useAction();
  const [entry, setEntry] = useState(EMPTY);
  const fields = [["name", t.supplierName], ["email", t.supplierEmail], ["leadDays", t.leadDays]] as const;
  return (
    <section aria-labelledby="suppliers" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="suppliers" className="text-lg font-semibold">{t.suppliers}</h2>
      {suppliers.length === 0 ? <p>{t.noSuppliers}</p> : (
        <ul className="text-sm" data-testid="suppliers">
          {suppliers.map((s) => <li key={s.id}>{s.name}{s.email && ` — ${s.email}`} — {s.leadDays} j</li>)}
        </ul>
      )}
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => addSupplierAction(entry), () => t.supplierAdded, () => setEntry(EMPTY));
        }}
      >
        {fields.map(([key, label]) => (
          <div key={key}>
            <label htmlFor={`supplier-${key}`} className="block text-sm font-medium">{label}</label>
            <input id={`supplier-${key}`} className="input mt-1 min-h-11" value={entry[key]} aria-invalid={Boolean(errors[key])} aria-describedby={`supplier-${key}-error`} onChange={(e) => setEntry({ ...entry, [key]: e.target.value })} />
            {errors[key] && <p id={`supplier-${key}-error`} role="alert" className="field-error">⚠ {errors[key]}</p>}
          </div>
        ))}
        <button type="submit" className="btn-primary min-h-11" disabled={pending}>{t.addSupplier}</button>
      </form>
    </section>
  );
}
