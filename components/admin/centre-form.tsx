"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { saveCentreAction } from "@/lib/actions/centre";
import { useSingleFile } from "@/components/dossier/actions/use-single-file";
import { FileDrop } from "@/components/ui/file-drop";
import { LABEL_SIZES, type CentreIdentity } from "@/lib/identity/identity";
import { fr } from "@/lib/i18n/fr";
import { frCentre } from "@/lib/i18n/fr-admin";

const t = frCentre;
type Text = Exclude<keyof CentreIdentity, "vatRateBasisPoints" | "quoteValidityDays" | "logoUploadId" | "labelSize">;

/** The centre's identity: every field a document prints; the rate typed as a percentage ("20", "5,5"). */
export function CentreForm({ identity }: { identity: CentreIdentity }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState({ ...identity, vatRate: String(identity.vatRateBasisPoints / 100).replace(".", ","), validity: String(identity.quoteValidityDays) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const logo = useSingleFile(1024 * 1024, "logo", "logo");
  const text = (key: Text, multiline = false) => (
    <div key={key}>
      <label htmlFor={`centre-${key}`} className="block text-sm font-medium">{t[key]}</label>
      {multiline ? (
        <textarea id={`centre-${key}`} className="input mt-1" rows={3} value={values[key]} aria-invalid={Boolean(errors[key])} aria-describedby={`centre-${key}-error`} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
      ) : (
        <input id={`centre-${key}`} className="input mt-1" value={values[key]} aria-invalid={Boolean(errors[key])} aria-describedby={`centre-${key}-error`} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
      )}
      {errors[key] && <p id={`centre-${key}-error`} role="alert" className="field-error">⚠ {errors[key]}</p>}
    </div>
  );
  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const rate = /^\d{1,2}([.,]\d{1,2})?$/.test(values.vatRate.trim()) ? Math.round(Number(values.vatRate.trim().replace(",", ".")) * 100) : NaN;
          if (Number.isNaN(rate)) return setErrors({ vatRateBasisPoints: t.vatInvalid });
          const file = await logo.payload();
          if (file === false) return;
          const { vatRate: _r, validity: _v, ...rest } = values;
          const result = await saveCentreAction({ ...rest, vatRateBasisPoints: rate, quoteValidityDays: Number(values.validity), logoUploadId: file?.uploadId ?? identity.logoUploadId });
          if (result.ok) {
            setErrors({});
            toast.success(t.saved);
            router.refresh();
          } else {
            setErrors(result.error.fieldErrors ?? {});
            toast.error(result.error.message);
          }
        });
      }}
    >
      {text("legalName")}
      {text("address", true)}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("siret")}
        {text("vatNumber")}
        <div>
          <label htmlFor="centre-vat-rate" className="block text-sm font-medium">{t.vatRate}</label>
          <input id="centre-vat-rate" className="input mt-1" inputMode="decimal" value={values.vatRate} aria-invalid={Boolean(errors.vatRateBasisPoints)} aria-describedby="centre-vat-rate-error" onChange={(e) => setValues({ ...values, vatRate: e.target.value })} />
          {errors.vatRateBasisPoints && <p id="centre-vat-rate-error" role="alert" className="field-error">⚠ {errors.vatRateBasisPoints}</p>}
        </div>
        <div>
          <label htmlFor="centre-validity" className="block text-sm font-medium">{t.quoteValidityDays}</label>
          <input id="centre-validity" className="input mt-1" inputMode="numeric" value={values.validity} aria-invalid={Boolean(errors.quoteValidityDays)} aria-describedby="centre-validity-error" onChange={(e) => setValues({ ...values, validity: e.target.value })} />
          {errors.quoteValidityDays && <p id="centre-validity-error" role="alert" className="field-error">⚠ {errors.quoteValidityDays}</p>}
        </div>
        {text("phone")}
        {text("email")}
      </div>
      {text("quoteTerms", true)}
      {text("quoteNumberFormat")}
      <div>
        <label htmlFor="centre-label-size" className="block text-sm font-medium">{t.labelSize}</label>
        <select id="centre-label-size" className="input mt-1" value={values.labelSize} onChange={(e) => setValues({ ...values, labelSize: e.target.value as CentreIdentity["labelSize"] })}>
          {LABEL_SIZES.map((size) => <option key={size} value={size}>{size === "A4" ? "A4" : `${size.replace("x", " × ")} mm`}</option>)}
        </select>
      </div>
      <FileDrop id="centre-logo" label={t.logo} hint={logo.file ? fr.files.chosen(logo.file.name) : t.logo} accept={{ "image/png": [".png"], "image/jpeg": [".jpg", ".jpeg"] }} error={logo.error} onFiles={logo.choose} />
      <button type="submit" className="btn-primary" disabled={pending}>{t.save}</button>
    </form>
  );
}
