"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { correctStockAction } from "@/lib/actions/parts";
import { frParts } from "@/lib/i18n/fr-parts";

const t = frParts.catalogue;

/** A stock counted by hand: the difference, + or −, traced as a correction with who made it. */
export function StockCorrection({ articleId, label }: { articleId: number; label: string }) {
  const { run, pending, errors } = useAction();
  const [delta, setDelta] = useState("");
  const id = `stock-${articleId}`;
  return (
    <form
      noValidate
      className="flex items-end gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => correctStockAction({ articleId, delta }), () => t.corrected, () => setDelta(""));
      }}
    >
      <div>
        <label htmlFor={id} className="block text-xs">{t.correction}</label>
        <input id={id} inputMode="numeric" className="input min-h-11 w-20" value={delta} aria-invalid={Boolean(errors.delta)} aria-describedby={`${id}-error`} onChange={(e) => setDelta(e.target.value)} />
        {errors.delta && <p id={`${id}-error`} role="alert" className="field-error">⚠ {errors.delta}</p>}
      </div>
      <button type="submit" className="btn-secondary min-h-11" disabled={pending}>{t.correct(label)}</button>
    </form>
  );
}
