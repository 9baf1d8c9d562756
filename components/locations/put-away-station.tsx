"use client";

import { useEffect, useRef, useState } from "react";
import { CameraScanButton } from "@/components/scan/camera-scanner";
import { putAwayAction } from "@/lib/actions/locations";
import { newRequestId } from "@/lib/client/uuid";
import { frLocations } from "@/lib/i18n/fr-locations";

const t = frLocations.station;

/**
 * Putting away by scan: a location's code chooses the place, each product scanned after goes there; a
 * product scanned first waits for its place. The field keeps the focus, so a USB scanner needs no click.
 */
export function PutAwayStation() {
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [state, setState] = useState<{ location: { code: string; label: string } | null; pending: string[] }>({ location: null, pending: [] });
  const [journal, setJournal] = useState<Array<{ key: string; ok: boolean; text: string }>>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => input.current?.focus(), []);

  async function scan(value: string) {
    const text = value.trim();
    if (!text || busy) return;
    setCode("");
    setBusy(true);
    const result = await putAwayAction({ text, location: state.location?.code ?? null, pending: state.pending });
    setBusy(false);
    if (result.ok) {
      setState({ location: result.data.location, pending: result.data.pending });
      setJournal((list) => [{ key: newRequestId(), ok: result.data.ok, text: result.data.message }, ...list].slice(0, 50));
    } else setJournal((list) => [{ key: newRequestId(), ok: false, text: result.error.fieldErrors?.text ?? result.error.message }, ...list]);
    input.current?.focus();
  }

  return (
    <div className="space-y-4">
      <form
        aria-label={t.title}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void scan(code);
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="put-away-scan" className="block text-sm font-medium">{t.field}</label>
          <input id="put-away-scan" ref={input} autoFocus className="input mt-1 min-h-11 font-mono text-lg" autoComplete="off" aria-describedby="put-away-hint" value={code} onChange={(e) => setCode(e.target.value)} />
          <p id="put-away-hint" className="mt-1 text-xs text-slate-600">{t.hint}</p>
        </div>
        <CameraScanButton onCode={(c) => void scan(c)} />
        {state.location && (
          <button type="button" className="btn-secondary min-h-11" onClick={() => { setState({ location: null, pending: state.pending }); input.current?.focus(); }}>{t.clear}</button>
        )}
      </form>
      <p role="status" className="rounded bg-slate-50 p-3 font-medium" data-testid="put-away-location">
        {state.location ? t.current(state.location.code, state.location.label) : t.none}
        {state.pending.length > 0 && <span className="block text-sm text-amber-900">⏳ {t.pending(state.pending.length)} : {state.pending.join(", ")}</span>}
      </p>
      <section aria-labelledby="put-away-journal">
        <h2 id="put-away-journal" className="mb-2 text-lg font-semibold">{t.journal}</h2>
        <ul className="space-y-1" aria-live="polite">
          {journal.map((j) => (
            <li key={j.key} data-testid="put-away-line" className={j.ok ? "text-emerald-900" : "font-medium text-red-800"}>{j.ok ? "✓" : "⚠"} {j.text}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
