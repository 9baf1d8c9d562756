"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { addPriceAction, deletePriceAction, importPricesAction } from "@/lib/actions/prices";
import { frAdmin, frPrices } from "@/lib/i18n/fr-admin";
import { frParts } from "@/lib/i18n/fr-parts";
import { formatCents } from "@/lib/money";
import { StockCorrection } from "./stock-correction";

const t = frPrices;
const cat = frParts.catalogue;

export interface CatalogueRow {
  id: number;
  label: string;
  unitPriceCents: number;
  brand: string | null;
  reference: string | null;
  supplier: string | null;
  stock: number;
  minStock: number;
}

const EMPTY = { label: "", price: "", brand: "", reference: "", ean: "", supplierId: "", purchase: "", vat: "20", stock: "", minStock: "" };
const FIELDS = [
  ["label", t.label],
  ["price", t.price],
  ["brand", t.brand],
  ["reference", cat.reference],
  ["ean", cat.ean],
  ["purchase", cat.purchase],
  ["vat", cat.vat],
  ["stock", cat.stock],
  ["minStock", cat.minStock],
] as const;

export function PriceListEditor({ prices, suppliers }: { prices: CatalogueRow[]; suppliers: Array<{ id: number; name: string }> }) {
  const { run, pending, errors } = useAction();
  const [entry, setEntry] = useState(EMPTY);
  const [csv, setCsv] = useState("");
  return (
    <div className="space-y-6">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => addPriceAction(entry), () => t.saved, () => setEntry(EMPTY));
        }}
      >
        {FIELDS.map(([key, label]) => (
          <div key={key}>
            <label htmlFor={`price-${key}`} className="block text-sm font-medium">{label}</label>
            <input id={`price-${key}`} className="input mt-1" value={entry[key]} aria-invalid={Boolean(errors[key])} aria-describedby={`price-${key}-error`} onChange={(e) => setEntry({ ...entry, [key]: e.target.value })} />
            {errors[key] && <p id={`price-${key}-error`} role="alert" className="field-error">⚠ {errors[key]}</p>}
          </div>
        ))}
        <div>
          <label htmlFor="price-supplierId" className="block text-sm font-medium">{frParts.dossier.supplier}</label>
          <select id="price-supplierId" className="input mt-1 min-h-11" value={entry.supplierId} onChange={(e) => setEntry({ ...entry, supplierId: e.target.value })}>
            <option value="">{frParts.dossier.supplierNone}</option>
            {suppliers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          {errors.supplierId && <p role="alert" className="field-error">⚠ {errors.supplierId}</p>}
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>{t.add}</button>
        <a className="btn-secondary" href="/api/tarifs">{t.export}</a>
      </form>
      {prices.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t.label}</th>
              <th scope="col" className="p-2">{t.price}</th>
              <th scope="col" className="p-2">{t.brand}</th>
              <th scope="col" className="p-2">{cat.reference}</th>
              <th scope="col" className="p-2">{frParts.dossier.supplier}</th>
              <th scope="col" className="p-2">{cat.stock}</th>
              <th scope="col" className="p-2"><span className="sr-only">{frAdmin.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.id} className="border-b border-slate-200" data-testid="price-row">
                <td className="p-2">{p.label}</td>
                <td className="p-2 tabular-nums">{formatCents(p.unitPriceCents)}</td>
                <td className="p-2">{p.brand}</td>
                <td className="p-2 font-mono">{p.reference}</td>
                <td className="p-2">{p.supplier}</td>
                <td className="p-2 tabular-nums">{p.reference || p.stock ? <a className="touch-target inline-flex items-center text-blue-800 underline" href={`/pieces/articles/${p.id}`} aria-label={cat.open(p.label)}>{`${p.stock} (min. ${p.minStock})`}</a> : ""}</td>
                <td className="flex flex-wrap items-end gap-2 p-2">{p.reference && <StockCorrection articleId={p.id} label={p.label} />}<button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => deletePriceAction({ id: p.id }), () => t.saved)}>{t.delete(p.label)}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
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
