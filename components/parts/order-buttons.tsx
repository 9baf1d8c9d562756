"use client";

import { createOrderAction, markOrderSentAction } from "@/lib/actions/parts";
import { frParts } from "@/lib/i18n/fr-parts";
import { useAction } from "@/components/ui/use-action";

const t = frParts.orders;

export function CreateOrderButton({ supplierId, supplier }: { supplierId: number; supplier: string }) {
  const { run, pending } = useAction();
  return (
    <button type="button" className="btn-primary min-h-11" disabled={pending} onClick={() => run(() => createOrderAction({ supplierId }), (d) => t.created(d.number))}>
      {t.create(supplier)}
    </button>
  );
}

export function MarkSentButton({ orderId, number }: { orderId: number; number: string }) {
  const { run, pending } = useAction();
  return (
    <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => run(() => markOrderSentAction({ orderId }), (d) => t.sent(d.number))}>
      {t.markSent(number)}
    </button>
  );
}
