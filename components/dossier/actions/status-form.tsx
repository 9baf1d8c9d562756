"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { fr } from "@/lib/i18n/fr";
import { STATUS_LABELS, type CentreStatusCode } from "@/lib/rma/constants";
import { Field, describedBy } from "./field";
import { statusForm } from "@/lib/commands/status";
import { useDossierSubmit } from "./use-dossier-submit";

const f = fr.forms;
const option = (code: CentreStatusCode) => <option key={code} value={code}>{`${code} — ${STATUS_LABELS[code]}`}</option>;

/**
 * The codes the flow suggests come first; every other code a centre may send sits under "Autre statut"
 * and asks for a confirmation, so a wrong status can be corrected and a step skipped, knowingly.
 */
export function StatusForm({
  demandNumber,
  suggested,
  others = [],
  fixed,
  commentHint,
  onDone,
}: {
  demandNumber: string;
  suggested: CentreStatusCode[];
  others?: CentreStatusCode[];
  fixed?: CentreStatusCode;
  commentHint?: string;
  onDone?: () => void;
}) {
  const { submit, pending, ready } = useDossierSubmit(demandNumber);
  const form = useForm({
    resolver: zodResolver(statusForm),
    defaultValues: { statusCode: fixed ?? (suggested.length === 1 && !others.length ? suggested[0]! : ""), comment: "", confirmOther: false, other: false },
  });
  const errors = form.formState.errors;
  const chosen = useWatch({ control: form.control, name: "statusCode" });
  const offTrack = !fixed && (others as string[]).includes(chosen);
  if (!suggested.length && !others.length && !fixed) return <p className="text-sm text-slate-700">{f.noStatus}</p>;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        const ok = await submit({ kind: "status", payload: { statusCode: fixed ?? (values.statusCode as CentreStatusCode), comment: values.comment || undefined } });
        if (ok) {
          form.reset({ statusCode: fixed ?? "", comment: "", confirmOther: false, other: false });
          onDone?.();
        }
      })}
    >
      {fixed ? (
        <input type="hidden" {...form.register("statusCode")} />
      ) : (
        <Field id="status-code" label={f.statusLabel} error={errors.statusCode?.message}>
          <select
            className="input"
            {...describedBy("status-code", errors.statusCode?.message)}
            {...form.register("statusCode", { onChange: (e) => form.setValue("other", (others as string[]).includes(e.target.value)) })}
          >
            <option value="">{f.chooseStatus}</option>
            {others.length ? (
              <>
                {suggested.length > 0 && <optgroup label={f.suggestedStatuses}>{suggested.map(option)}</optgroup>}
                <optgroup label={f.otherStatuses}>{others.map(option)}</optgroup>
              </>
            ) : (
              suggested.map(option)
            )}
          </select>
        </Field>
      )}
      {offTrack && (
        <div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1 h-5 w-5" aria-describedby="status-confirm-error" {...form.register("confirmOther")} />
            <span>{f.confirmOtherStatus(chosen)}</span>
          </label>
          {errors.confirmOther?.message && <p id="status-confirm-error" role="alert" className="mt-1 text-sm text-red-800">{errors.confirmOther.message}</p>}
        </div>
      )}
      <Field id="status-comment" label={commentHint ?? f.comment}>
        <textarea className="input" rows={2} id="status-comment" {...form.register("comment")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending || !ready}>
        {pending ? fr.actions.sending : fixed ? `${f.send} ${fixed}` : f.send}
      </button>
    </form>
  );
}
