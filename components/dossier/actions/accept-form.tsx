"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FileDrop } from "@/components/ui/file-drop";
import { readAsBase64 } from "@/lib/client/files";
import { fr } from "@/lib/i18n/fr";
import type { CentreStatusCode } from "@/lib/rma/constants";
import { STATUS_LABELS } from "@/lib/rma/constants";
import { Field, describedBy } from "./field";
import { acceptForm } from "./form-schemas";
import { useDossierSubmit } from "./use-dossier-submit";

const f = fr.forms;
const NEXT_AFTER_ACCEPT: CentreStatusCode[] = ["ATTTRA", "ATTEXP", "EXPOK", "D"];

export function AcceptForm({ demandNumber, maxBytes, onDone }: { demandNumber: string; maxBytes: number; onDone?: () => void }) {
  const { submit, pending } = useDossierSubmit(demandNumber);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const form = useForm({ resolver: zodResolver(acceptForm), defaultValues: { agreementNumber: "", nextStatus: "", comment: "" } });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        const ok = await submit(
          {
            kind: "accept",
            payload: {
              agreementNumber: values.agreementNumber,
              nextStatus: (values.nextStatus || undefined) as CentreStatusCode | undefined,
              comment: values.comment || undefined,
              agreementFile: file ? { name: file.name, base64: await readAsBase64(file) } : undefined,
            },
          },
          (fieldErrors) => {
            if (fieldErrors.agreementFile) setFileError(fieldErrors.agreementFile);
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
        hint={file ? fr.files.chosen(file.name) : fr.files.pdfOrImageHint(Math.round(maxBytes / 1_048_576))}
        accept={{ "application/pdf": [".pdf"], "image/*": [] }}
        error={fileError}
        onFiles={([chosen]) => {
          setFileError(chosen!.size > maxBytes ? f.fileTooLarge(chosen!.name, Math.round(maxBytes / 1_048_576)) : undefined);
          setFile(chosen!.size > maxBytes ? null : chosen!);
        }}
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
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? fr.actions.sending : f.accept}</button>
    </form>
  );
}
