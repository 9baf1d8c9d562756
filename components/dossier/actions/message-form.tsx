"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { fr } from "@/lib/i18n/fr";
import { Field, describedBy } from "./field";
import { messageForm } from "@/lib/commands/message";
import { useDossierSubmit } from "./use-dossier-submit";

export function MessageForm({ demandNumber, onDone }: { demandNumber: string; onDone?: () => void }) {
  const { submit, pending, ready } = useDossierSubmit(demandNumber);
  const form = useForm({ resolver: zodResolver(messageForm), defaultValues: { message: "" } });
  const error = form.formState.errors.message?.message;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        if (await submit({ kind: "message", payload: values }, (e) => e.message && form.setError("message", { message: e.message }))) {
          form.reset();
          onDone?.();
        }
      })}
    >
      <Field id="message-text" label={fr.forms.messageLabel} error={error}>
        <textarea className="input" rows={3} {...describedBy("message-text", error)} {...form.register("message")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending || !ready}>{pending ? fr.actions.sending : fr.forms.send}</button>
    </form>
  );
}
