"use client";

import { useRef, useState } from "react";
import { inventoryFinishAction, inventoryScanAction, moveDossierAction } from "@/lib/actions/locations";
import { frLocations } from "@/lib/i18n/fr-locations";

const t = frLocations.inventory;
type Result = { place: { code: string; label: string }; missing: string[]; extra: Array<{ n: string; at: string | null }> };

/** A shelf's inventory: its code, then every product on it; then what was expected and not seen, and the reverse. */
export function ShelfInventory() {
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [shelf, setShelf] = useState<string | null>(null);
  const [seen, setSeen] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [fixed, setFixed] = useState<string[]>([]);

  async function scan(value: string) {
    const text = value.trim();
    if (!text) return;
    setCode("");
    if (!shelf) {
      setShelf(text.toUpperCase());
      setMessage(null);
    } else {
      const found = await inventoryScanAction({ text });
      if (found.ok && found.data.n) {
        const n = found.data.n;
        setSeen((list) => (list.includes(n) ? list : [...list, n]));
        setMessage(null);
      } else setMessage(found.ok ? found.data.message : found.error.message);
    }
    input.current?.focus();
  }

  async function finish() {
    const done = await inventoryFinishAction({ code: shelf!, seen });
    if (done.ok) setResult(done.data);
    else setMessage(done.error.message);
  }

  async function correct(n: string, to: string | null) {
    const moved = await moveDossierAction({ demandNumber: n, code: to });
    if (moved.ok) setFixed((list) => [...list, n]);
    else setMessage(moved.error.message);
  }

  const restart = () => { setShelf(null); setSeen([]); setResult(null); setFixed([]); setMessage(null); input.current?.focus(); };

  return (
    <section aria-labelledby="inventory-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="inventory-title" className="text-lg font-semibold">{t.title}</h2>
      <p className="text-sm text-slate-700">{t.intro}</p>
      {!result && (
        <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); void scan(code); }}>
          <div className="min-w-64 flex-1">
            <label htmlFor="inventory-scan" className="block text-sm font-medium">{shelf ? t.productField : t.shelfField}</label>
            <input id="inventory-scan" ref={input} className="input mt-1 min-h-11 font-mono text-lg" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
          </div>
          {shelf && <button type="button" className="btn-primary min-h-11" onClick={() => void finish()}>{t.finish}</button>}
        </form>
      )}
      {shelf && <p role="status" data-testid="inventory-status">{`${shelf} · ${t.seen(seen.length)}`}</p>}
      {message && <p role="alert" className="font-medium text-red-800">⚠ {message}</p>}
      {result && (
        <div className="space-y-3" data-testid="inventory-result">
          {result.missing.length === 0 && result.extra.length === 0 && <p className="font-medium text-emerald-900">✓ {t.allGood}</p>}
          {result.missing.length > 0 && (
            <div>
              <h3 className="font-semibold">{t.missing}</h3>
              <ul className="space-y-1">
                {result.missing.map((n) => (
                  <li key={n} className="flex flex-wrap items-center gap-2" data-testid="inventory-missing">
                    <span className="font-mono">{n}</span>
                    {fixed.includes(n) ? <span className="text-emerald-900">✓ {t.corrected}</span> : <button type="button" className="btn-secondary" onClick={() => void correct(n, null)}>{t.removeHere(n)}</button>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.extra.length > 0 && (
            <div>
              <h3 className="font-semibold">{t.extra}</h3>
              <ul className="space-y-1">
                {result.extra.map((e) => (
                  <li key={e.n} className="flex flex-wrap items-center gap-2" data-testid="inventory-extra">
                    <span className="font-mono">{e.n}</span> <span className="text-sm text-slate-600">({t.where(e.at)})</span>
                    {fixed.includes(e.n) ? <span className="text-emerald-900">✓ {t.corrected}</span> : <button type="button" className="btn-secondary" onClick={() => void correct(e.n, result.place.code)}>{t.moveHere(e.n, result.place.code)}</button>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" className="btn-secondary" onClick={restart}>{t.restart}</button>
        </div>
      )}
    </section>
  );
}
