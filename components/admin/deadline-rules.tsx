"use client";

import { useState } from "react";
import { addDeadlineRuleAction, changeDeadlineRuleAction, deleteDeadlineRuleAction } from "@/lib/actions/deadlines";
import type { DueRule } from "@/lib/dossiers/due";
import { KNOWN_STATUSES } from "@/lib/dossiers/phases";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";
import { STATUS_LABELS, type StatusCode } from "@/lib/rma/constants";
import { useAction } from "@/components/ui/use-action";

const t = frDeadlines;
const UNITS = ["working_days", "hours"] as const;
type Unit = (typeof UNITS)[number];
/** A rule as lib/dossiers/due.ts reads it. */
export type RuleView = DueRule;

const statusText = (code: string) => `${code} — ${STATUS_LABELS[code as StatusCode] ?? code}`;
const phaseText = (r: Pick<RuleView, "fromStatus" | "toStatuses">) => t.phase(r.fromStatus, r.toStatuses.join(t.or));

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {children}
      {error && <p id={`${id}-error`} role="alert" className="field-error">⚠ {error}</p>}
    </div>
  );
}

/** A new rule: reseller (or all), flow type (or all), the phase's start and end statuses, the limit. */
export function DeadlineRuleForm({ resellers, types }: { resellers: string[]; types: string[] }) {
  const { run, pending, errors } = useAction();
  const empty = { resellerCode: "", flowType: "", fromStatus: "D", toStatus: "RPR", orStatus: "", limit: "5", unit: "working_days" as Unit };
  const [values, setValues] = useState(empty);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [key]: e.target.value });
  const described = (key: string) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": errors[key] ? `rule-${key}-error` : undefined });
  const statusSelect = (key: "fromStatus" | "toStatus" | "orStatus", withNone = false) => (
    <select id={`rule-${key}`} className="input mt-1" value={values[key]} onChange={set(key)} {...described(key)}>
      {withNone && <option value="">{t.form.none}</option>}
      {KNOWN_STATUSES.map((code) => <option key={code} value={code}>{statusText(code)}</option>)}
    </select>
  );
  return (
    <form
      noValidate
      aria-label={t.form.title}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => addDeadlineRuleAction(values as never), () => t.form.added, () => setValues(empty));
      }}
    >
      <h2 className="text-lg font-semibold sm:col-span-2 lg:col-span-4">{t.form.title}</h2>
      <Field id="rule-resellerCode" label={t.form.reseller} error={errors.resellerCode}>
        <select id="rule-resellerCode" className="input mt-1" value={values.resellerCode} onChange={set("resellerCode")} {...described("resellerCode")}>
          <option value="">{t.allResellers}</option>
          {resellers.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </Field>
      <Field id="rule-flowType" label={t.form.type} error={errors.flowType}>
        <select id="rule-flowType" className="input mt-1" value={values.flowType} onChange={set("flowType")} {...described("flowType")}>
          <option value="">{t.allTypes}</option>
          {types.map((type) => <option key={type} value={type}>{type}</option>)}
        </select>
      </Field>
      <Field id="rule-fromStatus" label={t.form.from} error={errors.fromStatus}>{statusSelect("fromStatus")}</Field>
      <Field id="rule-toStatus" label={t.form.to} error={errors.toStatus}>{statusSelect("toStatus")}</Field>
      <Field id="rule-orStatus" label={t.form.orTo} error={errors.orStatus}>{statusSelect("orStatus", true)}</Field>
      <Field id="rule-limit" label={t.form.limit} error={errors.limit}>
        <input id="rule-limit" inputMode="numeric" className="input mt-1 w-28" value={values.limit} onChange={set("limit")} {...described("limit")} />
      </Field>
      <Field id="rule-unit" label={t.form.unit} error={errors.unit}>
        <select id="rule-unit" className="input mt-1" value={values.unit} onChange={set("unit")}>
          {UNITS.map((u) => <option key={u} value={u}>{t.form.units[u]}</option>)}
        </select>
      </Field>
      <div className="flex items-end">
        <button type="submit" className="btn-primary" disabled={pending}>{t.form.add}</button>
      </div>
    </form>
  );
}

/** One rule's limit changed in place, or the rule deleted. */
export function DeadlineRuleRow({ rule }: { rule: RuleView }) {
  const { run, pending, errors } = useAction();
  const [limit, setLimit] = useState(String(rule.limit));
  const [unit, setUnit] = useState<Unit>(rule.unit);
  const phase = phaseText(rule);
  const id = `rule-${rule.id}`;
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="px-3 py-2">{rule.resellerCode ?? t.allResellers}</td>
      <td className="px-3 py-2">{rule.flowType ?? t.allTypes}</td>
      <td className="px-3 py-2 font-mono">{phase}</td>
      <td className="px-3 py-2">
        <form
          noValidate
          className="flex flex-wrap items-start gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => changeDeadlineRuleAction({ id: rule.id, limit: limit.trim() as unknown as number, unit }), () => t.form.saved);
          }}
        >
          <div>
            <input aria-label={t.form.editLimit(phase)} inputMode="numeric" className="input w-20" value={limit} onChange={(e) => setLimit(e.target.value)} aria-invalid={Boolean(errors.limit)} aria-describedby={errors.limit ? `${id}-limit-error` : undefined} />
            {errors.limit && <p id={`${id}-limit-error`} role="alert" className="field-error">⚠ {errors.limit}</p>}
          </div>
          <select aria-label={t.form.editUnit(phase)} className="input" value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
            {UNITS.map((u) => <option key={u} value={u}>{t.form.units[u]}</option>)}
          </select>
          <button type="submit" className="btn-secondary" disabled={pending}>{t.form.save}</button>
        </form>
      </td>
      <td className="px-3 py-2">
        <button type="button" className="btn-secondary" disabled={pending} aria-label={t.form.delete(phase)} onClick={() => run(() => deleteDeadlineRuleAction({ id: rule.id }), () => t.form.deleted)}>
          {t.form.delete("").trim()}
        </button>
      </td>
    </tr>
  );
}
