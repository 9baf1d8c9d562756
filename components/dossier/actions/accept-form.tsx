"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { FileDrop } from "@/components/ui/file-drop";
import { fr } from "@/lib/i18n/fr";
import type { CentreStatusCode } from "@/lib/rma/constants";
import { STATUS_LABELS } from "@/lib/rma/constants";
import { Field, describedBy } from "./field";
import { acceptForm } from "@/lib/commands/accept";
import { useDossierSubmit } from "./use-dossier-submit";
import { useSingleFile } from "./use-single-file";

const f = fr.forms;
const NEXT_AFTER_ACCEPT: CentreStatusCode[] = ["ATTTRA", "ATTEXP", "EXPOK", "D"];

export function AcceptForm({ demandNumber, maxBytes, onDone }: { demandNumber: string; maxBytes: number; onDone?: () => void }) {
  const { submit, pending, ready } = useDossierSubmit(demandNumber);
  const agreementFile = useSingleFile(maxBytes, "pdf-or-image", "agreementFile");
  const form = useForm({ resolver: zodResolver(acceptForm), defaultValues: { agreementNumber: "", nextStatus: "", comment: "" } });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        const file = await agreementFile.payload();
        if (file === false) return;
        const ok = await submit(
          {
            kind: "accept",
            payload: {
              agreementNumber: values.agreementNumber,
              nextStatus: (values.nextStatus || undefined) as CentreStatusCode | undefined,
              comment: values.comment || undefined,
              agreementFile: file,
            },
          },
          (fieldErrors) => {
            if (fieldErrors.agreementFile) agreementFile.setError(fieldErrors.agreementFile);
            if (fieldErrors.agreementNumber) form.setError("agreementNumber", { message: fieldErrors.agreementNumber });
          },
        );
        if (ok) onDone?.();
      })}
    >
      <Field id="accept-agreement" label={f.agreementNumber} error={errors.agreementNumber?.message}>
        <input className="input" {...describedBy("accept-agreement", errors.agreementNumber?.message)} {...form.register("agreementNumber")} />
      </Field>
      <FileDrop
        id="accept-file"
        label={f.agreementFile}
        hint={agreementFile.file ? fr.files.chosen(agreementFile.file.name) : fr.files.pdfOrImageHint(agreementFile.maxMb)}
        accept={{ "application/pdf": [".pdf"], "image/*": [] }}
        error={agreementFile.error}
        onFiles={agreementFile.choose}
      />
      <Field id="accept-next" label={f.nextStatus}>
        <select className="input" id="accept-next" {...form.register("nextStatus")}>
          <option value="">{f.noNextStatus}</option>
          {NEXT_AFTER_ACCEPT.map((code) => (
            <option key={code} value={code}>{`${code} — ${STATUS_LABELS[code]}`}</option>
          ))}
        </select>
      </Field>
      <Field id="accept-comment" label={f.comment}>
        <textarea className="input" rows={2} id="accept-comment" {...form.register("comment")} />
      </Field>
      <button type="submit" className="btn-primary" disabled={pending || !ready}>{pending ? fr.actions.sending : f.accept}</button>
    </form>
  );
}
