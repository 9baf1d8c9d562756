"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { fr } from "@/lib/i18n/fr";
import { Field, describedBy } from "./field";
import { refuseForm } from "@/lib/commands/refuse";
import { useDossierSubmit } from "./use-dossier-submit";

const f = fr.forms;

/** A refusal is final: it asks for a second, explicit confirmation. */
export function RefuseForm({ demandNumber, onDone }: { demandNumber: string; onDone?: () => void }) {
  const { submit, pending, ready } = useDossierSubmit(demandNumber);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({ resolver: zodResolver(refuseForm), defaultValues: { reason: "" } });
  const error = form.formState.errors.reason?.message;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        if (!confirming) return setConfirming(true);
        const ok = await submit({ kind: "refuse", payload: { reason: values.reason } }, (e) => e.reason && form.setError("reason", { message: e.reason }));
        setConfirming(false);
        if (ok) onDone?.();
      })}
    >
      <Field id="refuse-reason" label={f.reason} error={error}>
        <textarea className="input" rows={3} {...describedBy("refuse-reason", error)} {...form.register("reason")} />
      </Field>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="refuse-warning" className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
          <p id="refuse-warning" className="text-sm text-red-900">⚠ {f.refuseWarning}</p>
          <div className="flex gap-2">
            <button type="submit" className="btn-danger" disabled={pending || !ready} autoFocus>{pending ? fr.actions.sending : f.confirmRefuse}</button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>{f.cancel}</button>
          </div>
        </div>
      ) : (
        <button type="submit" className="btn-danger">{f.refuse}</button>
      )}
    </form>
  );
}
