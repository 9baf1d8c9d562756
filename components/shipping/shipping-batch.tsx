"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { shipBatchAction } from "@/lib/actions/shipping";
import { CARRIERS } from "@/lib/commands/tracking";
import { uploadFile } from "@/lib/client/upload";
import { newRequestId } from "@/lib/client/uuid";
import { fr } from "@/lib/i18n/fr";
import { frShipping } from "@/lib/i18n/fr-shipping";

const t = frShipping;
interface Ready { demandNumber: string; statusCode: string; resellerCode: string | null; location: string | null }
interface Line { picked: boolean; carrier: string; tracking: string; label: { uploadId: string; name: string } | null; error?: string }
/** A row's line before anyone touched it (also for a dossier the live stream added after the page opened). */
const UNTOUCHED: Line = { picked: false, carrier: "colissimo", tracking: "", label: null };

/**
 * The shipping day: pick the dossiers (a click, or a scan that also puts the focus on its tracking number),
 * give each its carrier and tracking number, attach a label if there is one, then « Expédier ». Lines the
 * server refuses keep their error beside them; the others go, and the page follows them.
 */
export function ShippingBatch({ ready }: { ready: Ready[] }) {
  const router = useRouter();
  const scanField = useRef<HTMLInputElement>(null);
  const trackingFields = useRef(new Map<string, HTMLInputElement>());
  const [batch] = useState(() => newRequestId());
  const [scan, setScan] = useState("");
  const [scanError, setScanError] = useState<string | null>(null);
  const [lines, setLines] = useState<Record<string, Line>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => scanField.current?.focus(), []);
  const set = (n: string, patch: Partial<Line>) => setLines((all) => ({ ...all, [n]: { ...(all[n] ?? UNTOUCHED), ...patch } }));
  // Only rows still listed: one shipped meanwhile from another screen leaves the batch with its row.
  const picked = ready.map((r) => [r.demandNumber, lines[r.demandNumber] ?? UNTOUCHED] as const).filter(([, l]) => l.picked);

  function scanned(value: string) {
    const n = value.trim().toUpperCase();
    setScan("");
    if (!n) return;
    if (!ready.some((r) => r.demandNumber === n)) {
      setScanError(t.notListed(n));
      return;
    }
    setScanError(null);
    set(n, { picked: true });
    trackingFields.current.get(n)?.focus();
  }

  async function attach(n: string, file: File | undefined) {
    if (!file) return;
    const uploaded = await uploadFile(file, { kind: "pdf", field: "label" });
    if (uploaded.ok) set(n, { label: { uploadId: uploaded.uploadId, name: file.name }, error: undefined });
    else set(n, { error: uploaded.error });
  }

  async function ship() {
    if (!picked.length) {
      toast.error(t.nothingPicked);
      return;
    }
    setBusy(true);
    const result = await shipBatchAction({ batch, items: picked.map(([n, l]) => ({ demandNumber: n, carrierName: l.carrier, trackingNumber: l.tracking, label: l.label ? { uploadId: l.label.uploadId } : null })) });
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fieldErrors ?? {};
      // items.<i>.trackingNumber → the line it names.
      for (const [key, message] of Object.entries(fields)) {
        const index = Number(/^items\.(\d+)\./.exec(key)?.[1]);
        if (Number.isInteger(index) && picked[index]) set(picked[index][0], { error: message });
      }
      toast.error(result.error.message);
      return;
    }
    result.data.lines.forEach((line, i) => set(picked[i]![0], { error: line.ok ? undefined : line.error }));
    const sent = result.data.lines.filter((l) => l.ok).length;
    if (sent) {
      toast.success(t.started(sent));
      router.push(`/expeditions?lot=${batch}`);
    }
  }

  if (!ready.length) return <p className="rounded border border-slate-200 bg-white p-6 text-center text-slate-700">{t.none}</p>;
  return (
    <div className="space-y-3">
      <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); scanned(scan); }}>
        <div className="min-w-64 flex-1">
          <label htmlFor="shipping-scan" className="block text-sm font-medium">{t.scan}</label>
          <input id="shipping-scan" ref={scanField} className="input mt-1 min-h-11 font-mono text-lg" autoComplete="off" aria-describedby="shipping-scan-hint" value={scan} onChange={(e) => setScan(e.target.value)} />
          <p id="shipping-scan-hint" className="mt-1 text-xs text-slate-600">{t.scanHint}</p>
        </div>
      </form>
      {scanError && <p role="alert" className="font-medium text-red-800">⚠ {scanError}</p>}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
            <tr>{Object.values(t.columns).map((c) => <th key={c} scope="col" className="px-3 py-2 font-semibold">{c}</th>)}</tr>
          </thead>
          <tbody>
            {ready.map((r) => {
              const line = lines[r.demandNumber] ?? UNTOUCHED;
              const errorId = `ship-${r.demandNumber}-error`;
              return (
                <tr key={r.demandNumber} className="border-t border-slate-200 align-top" data-testid="shipping-row">
                  <td className="px-3 py-2">
                    <label className="touch-check"><input type="checkbox" aria-label={t.pick(r.demandNumber)} checked={line.picked} onChange={(e) => set(r.demandNumber, { picked: e.target.checked })} /></label>
                  </td>
                  <td className="px-3 py-2 font-mono font-semibold">{r.demandNumber}</td>
                  <td className="px-3 py-2">{r.statusCode}</td>
                  <td className="px-3 py-2 font-mono">{r.location ?? "—"}</td>
                  <td className="px-3 py-2">{r.resellerCode}</td>
                  <td className="px-3 py-2">
                    <select aria-label={t.carrier(r.demandNumber)} className="input" value={line.carrier} onChange={(e) => set(r.demandNumber, { carrier: e.target.value })}>
                      {CARRIERS.filter((c) => c !== "other").map((c) => <option key={c} value={c}>{fr.forms.carriers[c]}</option>)}
                    </select>
                  </td>
                  <td className="px-3 py-2">
                    <input
                      aria-label={t.tracking(r.demandNumber)}
                      ref={(el) => { if (el) trackingFields.current.set(r.demandNumber, el); }}
                      className="input w-44 font-mono"
                      autoComplete="off"
                      value={line.tracking}
                      aria-invalid={Boolean(line.error)}
                      aria-describedby={line.error ? errorId : undefined}
                      onChange={(e) => set(r.demandNumber, { tracking: e.target.value, picked: true })}
                      onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); scanField.current?.focus(); } }}
                    />
                    {line.error && <p id={errorId} role="alert" className="field-error">⚠ {line.error}</p>}
                  </td>
                  <td className="px-3 py-2">
                    <input type="file" accept="application/pdf" aria-label={t.label(r.demandNumber)} className="text-xs" onChange={(e) => void attach(r.demandNumber, e.target.files?.[0])} />
                    {line.label && <span className="block text-xs text-emerald-900">✓ {t.labelAttached(line.label.name)}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn-primary min-h-11" disabled={busy} onClick={() => void ship()}>{t.ship(picked.length)}</button>
    </div>
  );
}
