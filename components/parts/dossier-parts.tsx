"use client";

import { useState } from "react";
import { useDossierSubmit } from "@/components/dossier/actions/use-dossier-submit";
import { addPartAction, cancelPartAction, fitPartAction, receivePartAction, returnPartAction } from "@/lib/actions/parts";
import type { ActionResult } from "@/lib/errors";
import { frPartsDossier as frParts } from "@/lib/i18n/fr-parts-dossier";
import { useAction } from "@/components/ui/use-action";

const t = frParts.dossier;

export interface PartLineView {
  id: number;
  label: string;
  reference: string | null;
  quantity: number;
  receivedQuantity: number;
  state: string;
  supplierName: string | null;
  orderNumber: string | null;
  expected: string | null;
  steps: string[];
}

export interface PartChoices {
  suppliers: Array<{ id: number; name: string }>;
}

function LineActions({ line, run, pending }: { line: PartLineView; run: ReturnType<typeof useAction>["run"]; pending: boolean }) {
  const button = (label: string, action: () => Promise<ActionResult<unknown>>) => (
    <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => run(action, () => t.saved)}>{label}</button>
  );
  if (line.state === "to_order" || line.state === "ordered") {
    return (
      <>
        {button(t.receive(line.label), () => receivePartAction({ lineId: line.id, quantity: line.quantity - line.receivedQuantity }))}
        {button(t.cancel(line.label), () => cancelPartAction({ lineId: line.id }))}
      </>
    );
  }
  if (line.state === "received") {
    return (
      <>
        {button(t.fit(line.label), () => fitPartAction({ lineId: line.id }))}
        {button(t.giveBack(line.label), () => returnPartAction({ lineId: line.id }))}
      </>
    );
  }
  return null;
}

/** The « Pièces » section of a dossier: its lines, their steps, a form for one more, and the status they suggest. */
export function DossierParts({ demandNumber, lines, choices, suggestion, writer }: { demandNumber: string; lines: PartLineView[]; choices: PartChoices; suggestion: "CMDPART" | "REPPROG" | null; writer: boolean }) {
  const { run, pending, errors } = useAction();
  const status = useDossierSubmit(demandNumber);
  const empty = { article: "", label: "", quantity: "1", supplierId: "", fromStock: false };
  const [entry, setEntry] = useState(empty);
  return (
    <div className="space-y-3">
      {writer && suggestion && (
        <div data-testid="parts-next-step">
          <button type="button" className="btn-primary min-h-11" disabled={status.pending} onClick={() => void status.submit({ kind: "status", payload: { statusCode: suggestion } })}>
            {suggestion === "CMDPART" ? t.sendOrdered : t.sendReceived}
          </button>
        </div>
      )}
      {lines.length === 0 ? (
        <p className="text-sm text-slate-700">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {lines.map((line) => (
            <li key={line.id} className="space-y-1 p-3" data-testid="part-line">
              <p className="font-medium">
                {line.quantity} × {line.label}
                {line.reference && <span className="ml-2 font-mono text-sm text-slate-600">{line.reference}</span>}
              </p>
              <p className="text-sm">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium" data-testid="part-state">{frParts.states[line.state]}</span>
                {line.state === "ordered" && line.receivedQuantity > 0 && <span className="ml-2">{t.receivedOf(line.receivedQuantity, line.quantity)}</span>}
                {line.supplierName && <span className="ml-2 text-slate-700">{line.supplierName}</span>}
                {line.orderNumber && <span className="ml-2 font-mono text-slate-700">{t.order(line.orderNumber)}</span>}
                {line.expected && line.state === "ordered" && <span className="ml-2 text-slate-700">{t.expected(line.expected)}</span>}
              </p>
              <ul className="text-xs text-slate-600">{line.steps.map((s) => <li key={s}>{s}</li>)}</ul>
              {writer && <div className="flex flex-wrap gap-2 pt-1"><LineActions line={line} run={run} pending={pending} /></div>}
            </li>
          ))}
        </ul>
      )}
      {writer && (
        <form
          className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run(() => addPartAction({ demandNumber, article: entry.article, label: entry.label, quantity: entry.quantity, supplierId: entry.supplierId || null, fromStock: entry.fromStock }), () => t.added, () => setEntry(empty));
          }}
        >
          <div className="sm:col-span-2">
            <label htmlFor="part-article" className="block text-sm font-medium">{t.article}</label>
            <input id="part-article" className="input mt-1 min-h-11 font-mono" value={entry.article} aria-invalid={Boolean(errors.article)} aria-describedby="part-article-hint part-article-error" onChange={(e) => setEntry({ ...entry, article: e.target.value })} />
            <p id="part-article-hint" className="mt-1 text-sm text-slate-700">{t.articleHint}</p>
            {errors.article && <p id="part-article-error" role="alert" className="field-error">⚠ {errors.article}</p>}
          </div>
          <div>
            <label htmlFor="part-label" className="block text-sm font-medium">{t.label}</label>
            <input id="part-label" className="input mt-1 min-h-11" value={entry.label} aria-invalid={Boolean(errors.label)} aria-describedby="part-label-error" onChange={(e) => setEntry({ ...entry, label: e.target.value })} />
            {errors.label && <p id="part-label-error" role="alert" className="field-error">⚠ {errors.label}</p>}
          </div>
          <div>
            <label htmlFor="part-quantity" className="block text-sm font-medium">{t.quantity}</label>
            <input id="part-quantity" inputMode="numeric" className="input mt-1 min-h-11 w-24" value={entry.quantity} aria-invalid={Boolean(errors.quantity)} aria-describedby="part-quantity-error" onChange={(e) => setEntry({ ...entry, quantity: e.target.value })} />
            {errors.quantity && <p id="part-quantity-error" role="alert" className="field-error">⚠ {errors.quantity}</p>}
          </div>
          <div>
            <label htmlFor="part-supplier" className="block text-sm font-medium">{t.supplier}</label>
            <select id="part-supplier" className="input mt-1 min-h-11" value={entry.supplierId} aria-invalid={Boolean(errors.supplierId)} aria-describedby="part-supplier-error" onChange={(e) => setEntry({ ...entry, supplierId: e.target.value })}>
              <option value="">{t.supplierNone}</option>
              {choices.suppliers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
            {errors.supplierId && <p id="part-supplier-error" role="alert" className="field-error">⚠ {errors.supplierId}</p>}
          </div>
          <label className="touch-target flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-5 w-5" checked={entry.fromStock} onChange={(e) => setEntry({ ...entry, fromStock: e.target.checked })} />
            {t.fromStock}
          </label>
          <div className="sm:col-span-2">
            <button type="submit" className="btn-primary min-h-11" disabled={pending}>{t.add}</button>
          </div>
        </form>
      )}
    </div>
  );
}
