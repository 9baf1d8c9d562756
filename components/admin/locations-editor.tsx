"use client";

import { useState } from "react";
import { addLocationAction, deleteLocationAction } from "@/lib/actions/locations";
import { frLocations } from "@/lib/i18n/fr-locations";
import { useAction } from "@/components/ui/use-action";

const t = frLocations.admin;
const KINDS = ["zone", "shelf", "bin"] as const;

/** The places: a new one by code, label and kind; an empty one deleted. */
export function LocationsEditor({ places }: { places: Array<{ id: number; code: string; label: string; kind: string; count: number }> }) {
  const { run, pending, errors } = useAction();
  const [values, setValues] = useState({ code: "", label: "", kind: "shelf" as (typeof KINDS)[number] });
  const aria = (key: string) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": errors[key] ? `location-${key}-error` : undefined });
  return (
    <div className="space-y-4">
      {places.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t.none}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
              <tr>{Object.values(t.columns).map((c) => <th key={c} scope="col" className="px-3 py-2 font-semibold">{c}</th>)}</tr>
            </thead>
            <tbody>
              {places.map((p) => (
                <tr key={p.id} className="border-t border-slate-200" data-testid="location-row">
                  <td className="px-3 py-2 font-mono font-semibold">{p.code}</td>
                  <td className="px-3 py-2">{p.label}</td>
                  <td className="px-3 py-2">{frLocations.kinds[p.kind] ?? p.kind}</td>
                  <td className="px-3 py-2"><a className="inline-target underline" href={`/dossiers?location=${encodeURIComponent(p.code)}`}>{p.count}</a></td>
                  <td className="px-3 py-2">
                    <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => deleteLocationAction({ id: p.id }), () => t.removed)}>{t.remove(p.code)}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        noValidate
        aria-label={t.add}
        className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => addLocationAction(values), () => t.added, () => setValues({ ...values, code: "", label: "" }));
        }}
      >
        <div>
          <label htmlFor="location-code" className="block text-sm font-medium">{t.code}</label>
          <input id="location-code" className="input mt-1 w-36 font-mono uppercase" value={values.code} onChange={(e) => setValues({ ...values, code: e.target.value })} {...aria("code")} />
          {errors.code && <p id="location-code-error" role="alert" className="field-error">⚠ {errors.code}</p>}
        </div>
        <div>
          <label htmlFor="location-label" className="block text-sm font-medium">{t.label}</label>
          <input id="location-label" className="input mt-1 w-64" value={values.label} onChange={(e) => setValues({ ...values, label: e.target.value })} {...aria("label")} />
          {errors.label && <p id="location-label-error" role="alert" className="field-error">⚠ {errors.label}</p>}
        </div>
        <div>
          <label htmlFor="location-kind" className="block text-sm font-medium">{t.kind}</label>
          <select id="location-kind" className="input mt-1" value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value as (typeof KINDS)[number] })}>
            {KINDS.map((k) => <option key={k} value={k}>{frLocations.kinds[k]}</option>)}
          </select>
        </div>
        <div className="self-end">
          <button type="submit" className="btn-primary" disabled={pending}>{t.add}</button>
        </div>
      </form>
    </div>
  );
}
