"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { fr } from "@/lib/i18n/fr";
import { STATUS_LABELS, type CentreStatusCode } from "@/lib/rma/constants";
import { Field, describedBy } from "./field";
import { statusForm } from "./form-schemas";
import { useDossierSubmit } from "./use-dossier-submit";

/** Only the codes a centre may send, and only those that follow the current status in its flow. */
export function StatusForm({ demandNumber, allowed, fixed, commentHint, onDone }: { demandNumber: string; allowed: CentreStatusCode[]; fixed?: CentreStatusCode; commentHint?: string; onDone?: () => void }) {
  const { submit, pending } = useDossierSubmit(demandNumber);
  const form = useForm({ resolver: zodResolver(statusForm), defaultValues: { statusCode: fixed ?? (allowed.length === 1 ? allowed[0]! : ""), comment: "" } });
  const errors = form.formState.errors;
  if (!allowed.length && !fixed) return <p className="text-sm text-slate-700">{fr.forms.noStatus}</p>;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        const ok = await submit({ kind: "status", payload: { statusCode: fixed ?? (values.statusCode as CentreStatusCode), comment: values.comment || undefined } });
        if (ok) {
          form.reset({ statusCode: fixed ?? "", comment: "" });
          onDone?.();
        }
      })}
    >
      {fixed ? (
        <input type="hidden" {...form.register("statusCode")} />
      ) : (
        <Field id="status-code" label={fr.forms.statusLabel} error={errors.statusCode?.message}>
          <select className="input" {...describedBy("status-code", errors.statusCode?.message)} {...form.register("statusCode")}>
            <option value="">{fr.forms.chooseStatus}</option>
            {allowed.map((code) => (
              <option key={code} value={code}>{`${code} — ${STATUS_LABELS[code]}`}</option>
            ))}
          </select>
        </Field>
      )}
      <Field id="status-comment" label={commentHint ?? fr.forms.comment}>
        <textarea className="input" rows={2} id="status-comment" {...form.register("comment")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? fr.actions.sending : fixed ? `${fr.forms.send} ${fixed}` : fr.forms.send}
      </button>
    </form>
  );
}
