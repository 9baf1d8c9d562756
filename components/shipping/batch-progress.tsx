import Link from "next/link";
import { frShipping } from "@/lib/i18n/fr-shipping";

const t = frShipping.batch;
const ICONS: Record<string, string> = { sent: "✓", failed: "⚠", review: "?", pending: "⏳" };

/** A batch's dossiers as each one settles: server-rendered, refreshed by the live stream as its commands go. */
export function BatchProgress({ batch, items }: { batch: string; items: Array<{ demandNumber: string; carrierName: string; trackingNumber: string; state: string; error: string | null }> }) {
  return (
    <section aria-labelledby="batch-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="batch-title" className="text-lg font-semibold">{t.title}</h2>
        <a className="btn-secondary" href={`/expeditions/bordereau.pdf?lot=${batch}`} target="_blank" rel="noopener">{t.manifest}</a>
      </div>
      <ul className="divide-y divide-slate-200" aria-live="polite">
        {items.map((item) => (
          <li key={item.demandNumber} className="flex flex-wrap items-center gap-3 py-2" data-testid="batch-item" data-state={item.state}>
            <Link className="inline-target font-mono font-semibold text-blue-800 underline" href={`/dossiers/${encodeURIComponent(item.demandNumber)}`}>{item.demandNumber}</Link>
            <span className="font-mono text-sm">{`${item.carrierName} · ${item.trackingNumber}`}</span>
            <span className={item.state === "failed" ? "font-medium text-red-800" : item.state === "sent" ? "font-medium text-emerald-900" : "font-medium text-amber-900"}>
              {ICONS[item.state]} {item.state === "failed" && item.error ? t.refused(item.error) : t.states[item.state]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
