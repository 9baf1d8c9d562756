"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { FileDrop } from "@/components/ui/file-drop";
import { fr } from "@/lib/i18n/fr";
import { Field, describedBy } from "./field";
import { CARRIERS, trackingForm } from "@/lib/commands/tracking";
import { useDossierSubmit } from "./use-dossier-submit";
import { useSingleFile } from "./use-single-file";

const f = fr.forms;

type Direction = "CLIENT_TO_CENTER" | "CENTER_TO_CLIENT";

/** `directions` narrows the choice: a product to destroy has no return label. */
export function TrackingForm({
  demandNumber,
  maxBytes,
  defaultDirection = "CLIENT_TO_CENTER",
  directions = ["CLIENT_TO_CENTER", "CENTER_TO_CLIENT"],
  onDone,
}: {
  demandNumber: string;
  maxBytes: number;
  defaultDirection?: Direction;
  directions?: Direction[];
  onDone?: () => void;
}) {
  const { submit, pending, ready } = useDossierSubmit(demandNumber);
  const label = useSingleFile(maxBytes, "pdf", "label");
  const form = useForm({ resolver: zodResolver(trackingForm), defaultValues: { direction: defaultDirection, carrier: "colissimo" as const, otherCarrier: "", trackingNumber: "" } });
  const errors = form.formState.errors;
  const carrier = useWatch({ control: form.control, name: "carrier" });
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        const labelFile = await label.payload();
        if (labelFile === false) return;
        if (!labelFile) return label.setError(fr.actions.fileRequired);
        const ok = await submit(
          {
            kind: "tracking",
            payload: {
              direction: values.direction,
              carrierName: values.carrier === "other" ? values.otherCarrier.trim() : values.carrier,
              trackingNumber: values.trackingNumber,
              label: labelFile,
            },
          },
          (e) => e.label && label.setError(e.label),
        );
        if (ok) {
          form.reset();
          label.clear();
          onDone?.();
        }
      })}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="tracking-direction" label={f.direction}>
          <select className="input" id="tracking-direction" {...form.register("direction")}>
            {directions.map((value) => <option key={value} value={value}>{f.directions[value]}</option>)}
          </select>
        </Field>
        <Field id="tracking-carrier" label={f.carrier} error={errors.carrier?.message}>
          <select className="input" {...describedBy("tracking-carrier", errors.carrier?.message)} {...form.register("carrier")}>
            {CARRIERS.map((c) => <option key={c} value={c}>{f.carriers[c]}</option>)}
          </select>
        </Field>
        {carrier === "other" && (
          <Field id="tracking-other" label={f.otherCarrier} error={errors.otherCarrier?.message}>
            <input className="input" {...describedBy("tracking-other", errors.otherCarrier?.message)} {...form.register("otherCarrier")} />
          </Field>
        )}
        <Field id="tracking-number" label={f.trackingNumber} error={errors.trackingNumber?.message}>
          <input className="input" {...describedBy("tracking-number", errors.trackingNumber?.message)} {...form.register("trackingNumber")} />
        </Field>
      </div>
      <FileDrop
        id="tracking-label"
        label={f.label}
        hint={label.file ? fr.files.chosen(label.file.name) : fr.files.pdfHint(label.maxMb)}
        accept={{ "application/pdf": [".pdf"] }}
        error={label.error}
        onFiles={label.choose}
      />
      <button type="submit" className="btn-primary" disabled={pending || !ready}>{pending ? fr.actions.sending : fr.forms.send}</button>
    </form>
  );
}
