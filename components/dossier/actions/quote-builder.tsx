"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useEffect, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { FileDrop } from "@/components/ui/file-drop";
import { fr } from "@/lib/i18n/fr";
import { formatCents, lineTotalCents, parsePriceToCents } from "@/lib/money";
import { Field, describedBy } from "./field";
import { quoteForm, type QuoteFormValues } from "@/lib/commands/quotation";
import { useDossierSubmit } from "./use-dossier-submit";
import { useSingleFile } from "./use-single-file";

const q = fr.quote;
const emptyLine = { label: "", quantity: "1", price: "" };
const draftKey = (demandNumber: string) => `atelier:devis:${demandNumber}`;

function loadDraft(demandNumber: string): QuoteFormValues | null {
  try {
    const raw = window.localStorage.getItem(draftKey(demandNumber));
    return raw ? quoteForm.partial().parse(JSON.parse(raw)) as QuoteFormValues : null;
  } catch {
    return null;
  }
}

export interface PriceSuggestion {
  label: string;
  unitPriceCents: number;
}

/** Lines and totals in integer cents; prices typed "79,90" or "79.90"; a draft kept on this device. */
export function QuoteBuilder({ demandNumber, maxBytes, suggestions = [], onDone }: { demandNumber: string; maxBytes: number; suggestions?: PriceSuggestion[]; onDone?: () => void }) {
  const [previewError, setPreviewError] = useState<string | null>(null);
  const { submit, pending, ready } = useDossierSubmit(demandNumber);
  const quoteFile = useSingleFile(maxBytes, "pdf", "quoteFile");
  const form = useForm<QuoteFormValues>({ resolver: zodResolver(quoteForm), defaultValues: { quoteNumber: "", comment: "", lines: [emptyLine] } });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "lines" });
  const lines = useWatch({ control: form.control, name: "lines" });
  const quoteNumber = useWatch({ control: form.control, name: "quoteNumber" });
  const comment = useWatch({ control: form.control, name: "comment" });
  const errors = form.formState.errors;

  useEffect(() => {
    const draft = loadDraft(demandNumber);
    if (draft) form.reset({ quoteNumber: draft.quoteNumber ?? "", comment: draft.comment ?? "", lines: draft.lines?.length ? draft.lines : [emptyLine] });
  }, [demandNumber, form]);

  // Whatever is typed is the draft: kept on this device until sent or cleared.
  const hasDraft = Boolean(quoteNumber || comment || lines?.some((l) => l?.label || l?.price));
  useEffect(() => {
    if (hasDraft) window.localStorage.setItem(draftKey(demandNumber), JSON.stringify({ quoteNumber, comment, lines }));
  }, [demandNumber, hasDraft, quoteNumber, comment, lines]);

  const lineCents = (lines ?? []).map((line) => {
    const price = parsePriceToCents(line?.price ?? "");
    const quantity = /^[1-9]\d{0,4}$/.test(line?.quantity ?? "") ? Number(line.quantity) : null;
    return price === null || quantity === null ? null : lineTotalCents(quantity, price);
  });
  const totalCents = lineCents.reduce<number>((sum, cents) => sum + (cents ?? 0), 0);

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        const file = await quoteFile.payload();
        if (file === false) return;
        const ok = await submit(
          {
            kind: "quotation",
            payload: {
              quoteNumber: values.quoteNumber || undefined,
              comment: values.comment || undefined,
              lines: values.lines.map((line) => ({ label: line.label.trim(), quantity: Number(line.quantity), unitPriceCents: parsePriceToCents(line.price)! })),
              quoteFile: file,
            },
          },
          (e) => e.quoteFile && quoteFile.setError(e.quoteFile),
        );
        if (ok) {
          window.localStorage.removeItem(draftKey(demandNumber));
          form.reset({ quoteNumber: "", comment: "", lines: [emptyLine] });
          quoteFile.clear();
          onDone?.();
        }
      })}
    >
      <Field id="quote-number" label={q.number} error={errors.quoteNumber?.message}>
        <input className="input" placeholder={q.numberAuto} {...describedBy("quote-number", errors.quoteNumber?.message)} {...form.register("quoteNumber")} />
      </Field>
      <datalist id={`quote-suggestions-${demandNumber}`}>
        {suggestions.map((s) => <option key={s.label} value={s.label}>{formatCents(s.unitPriceCents)}</option>)}
      </datalist>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{q.lines}</legend>
        {fields.map((field, index) => {
          const e = errors.lines?.[index];
          const n = index + 1;
          return (
            <div key={field.id} className="grid grid-cols-[minmax(9rem,1fr)_4.5rem_6.5rem_6rem_auto] items-start gap-2" data-testid="quote-line">
              <div>
                <label htmlFor={`line-${index}-label`} className="sr-only">{`${q.label} ${n}`}</label>
                <input
                  className="input"
                  placeholder={q.label}
                  list={`quote-suggestions-${demandNumber}`}
                  {...describedBy(`line-${index}-label`, e?.label?.message)}
                  {...form.register(`lines.${index}.label`, {
                    // A label chosen from the price list or an earlier quote brings its price; it stays editable.
                    onChange: (event) => {
                      const hit = suggestions.find((s) => s.label === event.target.value);
                      if (hit && !form.getValues(`lines.${index}.price`)) form.setValue(`lines.${index}.price`, (hit.unitPriceCents / 100).toFixed(2).replace(".", ","));
                    },
                  })}
                />
                <FieldError id={`line-${index}-label-error`} message={e?.label?.message} />
              </div>
              <div>
                <label htmlFor={`line-${index}-quantity`} className="sr-only">{`${q.quantity} ${n}`}</label>
                <input className="input" inputMode="numeric" placeholder={q.quantity} {...describedBy(`line-${index}-quantity`, e?.quantity?.message)} {...form.register(`lines.${index}.quantity`)} />
                <FieldError id={`line-${index}-quantity-error`} message={e?.quantity?.message} />
              </div>
              <div>
                <label htmlFor={`line-${index}-price`} className="sr-only">{`${q.unitPrice} ${n}`}</label>
                <input className="input" inputMode="decimal" placeholder={q.unitPrice} {...describedBy(`line-${index}-price`, e?.price?.message)} {...form.register(`lines.${index}.price`)} />
                <FieldError id={`line-${index}-price-error`} message={e?.price?.message} />
              </div>
              <output className="pt-2 text-right tabular-nums" aria-label={`${q.lineTotal} ${n}`} data-testid="line-total">
                {lineCents[index] === null || lineCents[index] === undefined ? "—" : formatCents(lineCents[index]!)}
              </output>
              <div className="flex gap-1 pt-1">
                <button type="button" className="btn-secondary px-1.5" aria-label={q.moveUp(n)} disabled={index === 0} onClick={() => move(index, index - 1)}><ArrowUp aria-hidden="true" className="h-4 w-4" /></button>
                <button type="button" className="btn-secondary px-1.5" aria-label={q.moveDown(n)} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}><ArrowDown aria-hidden="true" className="h-4 w-4" /></button>
                <button type="button" className="btn-secondary px-1.5" aria-label={q.removeLine(n)} disabled={fields.length === 1} onClick={() => remove(index)}><Trash2 aria-hidden="true" className="h-4 w-4" /></button>
              </div>
            </div>
          );
        })}
        {errors.lines?.root?.message && <p role="alert" className="field-error">⚠ {errors.lines.root.message}</p>}
        <button type="button" className="btn-secondary" onClick={() => append(emptyLine)}><Plus aria-hidden="true" className="h-4 w-4" /> {q.addLine}</button>
      </fieldset>
      <p className="text-lg font-semibold" aria-live="polite">
        {q.total} : <output data-testid="quote-total" className="tabular-nums">{formatCents(totalCents)}</output>
      </p>
      <Field id="quote-comment" label={q.comment}>
        <textarea className="input" rows={2} id="quote-comment" {...form.register("comment")} />
      </Field>
      <FileDrop
        id="quote-file"
        label={q.file}
        hint={quoteFile.file ? fr.files.chosen(quoteFile.file.name) : fr.files.pdfHint(quoteFile.maxMb)}
        accept={{ "application/pdf": [".pdf"] }}
        error={quoteFile.error}
        onFiles={quoteFile.choose}
      />
      {hasDraft && <p className="text-sm text-slate-700" role="status">{q.draftSaved}</p>}
      {previewError && <p role="alert" className="field-error">⚠ {previewError}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={pending || !ready}>{pending ? fr.actions.sending : q.send}</button>
        <button
          type="button"
          className="btn-secondary"
          onClick={form.handleSubmit(async (values) => {
            setPreviewError(null);
            const response = await fetch("/api/devis/apercu", {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ demandNumber, quoteNumber: values.quoteNumber || undefined, comment: values.comment || undefined, lines: values.lines.map((line) => ({ label: line.label.trim(), quantity: Number(line.quantity), unitPriceCents: parsePriceToCents(line.price)! })) }),
            }).catch(() => null);
            if (!response?.ok) return setPreviewError(q.previewFailed);
            window.open(URL.createObjectURL(await response.blob()), "_blank", "noopener");
          })}
        >
          {q.preview}
        </button>
        {hasDraft && (
          <button type="button" className="btn-secondary" onClick={() => { window.localStorage.removeItem(draftKey(demandNumber)); form.reset({ quoteNumber: "", comment: "", lines: [emptyLine] }); }}>
            {q.clearDraft}
          </button>
        )}
      </div>
    </form>
  );
}
