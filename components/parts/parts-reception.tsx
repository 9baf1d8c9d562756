"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CameraScanButton } from "@/components/scan/camera-scanner";
import { receiveScanAction } from "@/lib/actions/parts";
import { newRequestId } from "@/lib/client/uuid";
import { frParts } from "@/lib/i18n/fr-parts";

const t = frParts.reception;

interface Scan {
  key: string;
  code: string;
  ok: boolean;
  text: string;
  received: Array<{ lineId: number; label: string; quantity: number; demandNumber: string | null; complete: boolean }>;
}

/**
 * Receiving parts as goods-in receives products: the field keeps the focus, a USB scanner types and presses
 * Enter, and every scan of the session stays listed with what it received and for which dossier.
 */
export function PartsReception() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [scans, setScans] = useState<Scan[]>([]);
  useEffect(() => input.current?.focus(), []);

  async function scan(value: string) {
    const text = value.trim();
    if (!text) return;
    setCode("");
    const result = await receiveScanAction({ code: text });
    const entry: Scan = result.ok
      ? { key: newRequestId(), code: text, ok: true, text: t.received(result.data.received.reduce((n, r) => n + r.quantity, 0)), received: result.data.received }
      : { key: newRequestId(), code: text, ok: false, text: result.error.fieldErrors?.code ?? result.error.message, received: [] };
    setScans((list) => [entry, ...list]);
    input.current?.focus();
    if (result.ok) router.refresh();
  }

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void scan(code);
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="parts-scan" className="block text-sm font-medium">{t.code}</label>
          <input id="parts-scan" ref={input} autoFocus className="input mt-1 min-h-11 font-mono text-lg" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <button type="submit" className="btn-primary min-h-11">{t.submit}</button>
        <CameraScanButton onCode={(c) => void scan(c)} />
      </form>
      <section aria-labelledby="parts-scans">
        <h2 id="parts-scans" className="mb-2 text-lg font-semibold">{t.result}</h2>
        <ul className="space-y-2" aria-live="polite">
          {scans.map((s) => (
            <li key={s.key} className="rounded border border-slate-200 bg-white p-3" data-testid="parts-scan">
              <p className="font-mono text-sm text-slate-600">{s.code}</p>
              <p className={s.ok ? "font-medium text-emerald-900" : "font-medium text-red-800"}>{s.ok ? "✓" : "⚠"} {s.text}</p>
              <ul className="text-sm">
                {s.received.map((r) => (
                  <li key={r.lineId}>
                    {r.quantity} × {r.label} {r.demandNumber ? <a className="font-mono text-blue-800 underline" href={`/dossiers/${encodeURIComponent(r.demandNumber)}`}>{t.forDossier(r.demandNumber)}</a> : t.forStock}
                    {r.complete && <span className="ml-1">— {frParts.states.received}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
