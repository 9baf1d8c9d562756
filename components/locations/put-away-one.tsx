"use client";

import { useState } from "react";
import { putAwayAction } from "@/lib/actions/locations";
import { frLocations } from "@/lib/i18n/fr-locations";

const t = frLocations.reception;

/** The « Ranger » step after reception: the place's code scanned or typed, and the product is put there. */
export function PutAwayOne({ demandNumber }: { demandNumber: string }) {
  const [code, setCode] = useState("");
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `put-away-${demandNumber}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!code.trim()) return;
        setBusy(true);
        const result = await putAwayAction({ text: code.trim(), location: null, pending: [demandNumber] });
        setBusy(false);
        setOutcome(result.ok ? { ok: result.data.ok && result.data.pending.length === 0, text: result.data.message } : { ok: false, text: result.error.message });
        if (result.ok && result.data.pending.length === 0) setCode("");
      }}
    >
      <label htmlFor={id} className="text-sm">
        <span className="block">{t.field(demandNumber)}</span>
        <input id={id} className="input mt-1 min-h-11 w-32 font-mono uppercase" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <button type="submit" className="btn-secondary min-h-11" disabled={busy}>{t.submit}</button>
      {outcome && <p role={outcome.ok ? "status" : "alert"} className={`w-full text-sm ${outcome.ok ? "text-green-800" : "text-red-800"}`} data-testid="reception-put-away">{outcome.ok ? "✓ " : "⚠ "}{outcome.text}</p>}
    </form>
  );
}
