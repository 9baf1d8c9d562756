"use client";

import { addPartAction } from "@/lib/actions/parts";
import { frParts } from "@/lib/i18n/fr-parts";
import { useAction } from "@/components/ui/use-action";

/** Puts an article under its minimum on the list to order, for the stock, up to its minimum. */
export function RestockButton({ reference, label, quantity }: { reference: string; label: string; quantity: number }) {
  const { run, pending } = useAction();
  return (
    <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => run(() => addPartAction({ demandNumber: null, article: reference, label: "", quantity: String(quantity), supplierId: null, fromStock: false }), () => frParts.dossier.added)}>
      {frParts.waiting.orderForStock(label)}
    </button>
  );
}
