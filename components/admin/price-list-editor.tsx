"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { addPriceAction, deletePriceAction, importPricesAction } from "@/lib/actions/prices";
import type { ActionResult } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { formatCents } from "@/lib/money";

const t = fr.prices;

export function PriceListEditor({ prices }: { prices: Array<{ id: number; label: string; unitPriceCents: number; brand: string | null }> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [entry, setEntry] = useState({ label: "", price: "", brand: "" });
  const [csv, setCsv] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = <T,>(action: () => Promise<ActionResult<T>>, done: (data: T) => string, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setErrors({});
        toast.success(done(result.data));
        after?.();
        router.refresh();
      } else {
        setErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
      }
    });
  return (
    <div className="space-y-6">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => addPriceAction(entry), () => t.saved, () => setEntry({ label: "", price: "", brand: "" }));
        }}
      >
        {(["label", "price", "brand"] as const).map((key) => (
          <div key={key}>
            <label htmlFor={`price-${key}`} className="block text-sm font-medium">{t[key]}</label>
            <input id={`price-${key}`} className="input mt-1" value={entry[key]} aria-invalid={Boolean(errors[key])} aria-describedby={`price-${key}-error`} onChange={(e) => setEntry({ ...entry, [key]: e.target.value })} />
            {errors[key] && <p id={`price-${key}-error`} role="alert" className="field-error">⚠ {errors[key]}</p>}
          </div>
        ))}
        <button type="submit" className="btn-primary" disabled={pending}>{t.add}</button>
        <a className="btn-secondary" href="/api/tarifs">{t.export}</a>
      </form>
      {prices.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t.label}</th>
              <th scope="col" className="p-2">{t.price}</th>
              <th scope="col" className="p-2">{t.brand}</th>
              <th scope="col" className="p-2"><span className="sr-only">{fr.admin.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.id} className="border-b border-slate-200" data-testid="price-row">
                <td className="p-2">{p.label}</td>
                <td className="p-2 tabular-nums">{formatCents(p.unitPriceCents)}</td>
                <td className="p-2">{p.brand}</td>
                <td className="p-2"><button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => deletePriceAction({ id: p.id }), () => t.saved)}>{t.delete(p.label)}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => importPricesAction({ csv }), (d) => t.imported(d.count), () => setCsv(""));
        }}
      >
        <h2 className="text-lg font-semibold">{t.importTitle}</h2>
        <label htmlFor="price-csv" className="block text-sm font-medium">{t.importLabel}</label>
        <input type="file" className="touch-target block" accept=".csv,text/csv" aria-label={t.file} onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? "")} />
        <textarea id="price-csv" className="input font-mono" rows={5} value={csv} aria-invalid={Boolean(errors.csv)} aria-describedby="price-csv-error" onChange={(e) => setCsv(e.target.value)} />
        {errors.csv && <p id="price-csv-error" role="alert" className="field-error">⚠ {errors.csv}</p>}
        <button type="submit" className="btn-secondary" disabled={pending || !csv.trim()}>{t.import}</button>
      </form>
    </div>
  );
}
