"use client";

import { useState } from "react";
import { deleteFlatFeeAction, saveFlatFeeAction } from "@/lib/actions/deadlines";
import { frReview } from "@/lib/i18n/fr-indicators";
import { useAction } from "@/components/ui/use-action";

const t = frReview.fees;

/** The flat fee of a closed repair per reseller and flow type: saved again for the same pair, or deleted. */
export function FlatFees({ fees, resellers, types }: { fees: Array<{ id: number; resellerCode: string; flowType: string; amount: string }>; resellers: string[]; types: string[] }) {
  const { run, pending, errors } = useAction();
  const [values, setValues] = useState({ resellerCode: resellers[0] ?? "", flowType: types[0] ?? "REP", amount: "" });
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [key]: e.target.value });
  const error = (key: string) => errors[key] && <p id={`fee-${key}-error`} role="alert" className="field-error">⚠ {errors[key]}</p>;
  const aria = (key: string) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": errors[key] ? `fee-${key}-error` : undefined });
  return (
    <section aria-labelledby="fees-title" className="space-y-2">
      <h2 id="fees-title" className="text-lg font-semibold">{t.title}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{t.intro}</p>
      {fees.length === 0 ? (
        <p className="text-slate-700">{t.none}</p>
      ) : (
        <ul className="space-y-1" aria-label={t.title}>
          {fees.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-3" data-testid="flat-fee">
              <span>{`${f.resellerCode} · ${f.flowType} · ${f.amount}`}</span>
              <button type="button" className="btn-secondary" disabled={pending} aria-label={t.delete(f.resellerCode, f.flowType)} onClick={() => run(() => deleteFlatFeeAction({ id: f.id }), () => t.deleted)}>
                {t.delete("", "").trim()}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        aria-label={t.save}
        className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => saveFlatFeeAction(values as never), () => t.saved, () => setValues({ ...values, amount: "" }));
        }}
      >
        <div>
          <label htmlFor="fee-resellerCode" className="block text-sm font-medium">{t.reseller}</label>
          <select id="fee-resellerCode" className="input mt-1" value={values.resellerCode} onChange={set("resellerCode")} {...aria("resellerCode")}>
            {resellers.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
          {error("resellerCode")}
        </div>
        <div>
          <label htmlFor="fee-flowType" className="block text-sm font-medium">{t.type}</label>
          <select id="fee-flowType" className="input mt-1" value={values.flowType} onChange={set("flowType")} {...aria("flowType")}>
            {types.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
          {error("flowType")}
        </div>
        <div>
          <label htmlFor="fee-amount" className="block text-sm font-medium">{t.amount}</label>
          <input id="fee-amount" inputMode="decimal" className="input mt-1 w-32" value={values.amount} onChange={set("amount")} {...aria("amount")} />
          {error("amount")}
        </div>
        <div className="self-end">
          <button type="submit" className="btn-primary" disabled={pending}>{t.save}</button>
        </div>
      </form>
    </section>
  );
}
