"use client";

import { PutAwayOne } from "@/components/locations/put-away-one";
import { useEffect, useRef, useState } from "react";
import { submitDossierAction } from "@/lib/actions/dossier";
import { scanAction } from "@/lib/actions/reception";
import { receiveScanAction } from "@/lib/actions/parts";
import { frParts } from "@/lib/i18n/fr-parts";
import { AccessoriesForm } from "@/components/dossier/accessories-form";
import { CameraScanButton } from "@/components/scan/camera-scanner";
import { newRequestId } from "@/lib/client/uuid";
import type { ScanMatch } from "@/lib/dossiers/reception";
import { fr } from "@/lib/i18n/fr";
import { IntakePhotos } from "./intake-photos";

const r = fr.reception;

interface Line {
  key: string;
  term: string;
  matches: ScanMatch[];
  chosen: ScanMatch | null;
  result: { ok: boolean; text: string } | null;
  /** Kept per command, so a retry is recognised and never sent twice. */
  ids: { accept: string; receive: string };
}

/**
 * The goods-in desk: the scan field keeps the focus (a USB scanner types, then presses Enter), each scan
 * shows its next step as one large button, and every scan of the session stays listed with its result.
 */
export function ReceptionStation() {
  const input = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState("");
  const [auto, setAuto] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const [busy, setBusy] = useState(false);
  const patch = (key: string, change: Partial<Line>) => setLines((list) => list.map((l) => (l.key === key ? { ...l, ...change } : l)));
  useEffect(() => input.current?.focus(), []);

  async function send(line: Line, match: ScanMatch, agreementNumber?: string) {
    setBusy(true);
    try {
      const base = { demandNumber: match.demandNumber };
      if (match.step === "accept_then_receive") {
        const accepted = await submitDossierAction({ ...base, requestId: line.ids.accept, command: { kind: "accept", payload: { agreementNumber: agreementNumber ?? "" } } });
        if (!accepted.ok) return patch(line.key, { result: { ok: false, text: Object.values(accepted.error.fieldErrors ?? {})[0] ?? accepted.error.message } });
      }
      const received = await submitDossierAction({ ...base, requestId: line.ids.receive, command: { kind: "status", payload: { statusCode: "D" } } });
      patch(line.key, { chosen: match, result: received.ok ? { ok: true, text: received.data.state === "sent" ? r.received : r.queued } : { ok: false, text: received.error.message } });
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  async function scan(value: string) {
    const text = value.trim();
    if (!text) return;
    setTerm("");
    // A supplier order's number, scanned at the same desk, receives its parts (lib/parts/receiving.ts).
    if (/^CMD-\d{4}-\d+$/i.test(text)) {
      const parts = await receiveScanAction({ code: text });
      const summary = parts.ok ? `${frParts.reception.received(parts.data.received.reduce((n, x) => n + x.quantity, 0))} : ${parts.data.received.map((x) => x.demandNumber ?? frParts.reception.forStock).join(", ")}` : parts.error.message;
      setLines((list) => [{ key: newRequestId(), term: text, matches: [], chosen: null, result: { ok: parts.ok, text: summary }, ids: { accept: "", receive: "" } }, ...list]);
      input.current?.focus();
      return;
    }
    const result = await scanAction({ term: text });
    const matches = result.ok ? result.data : [];
    const line: Line = { key: newRequestId(), term: text, matches, chosen: matches.length === 1 ? matches[0]! : null, result: null, ids: { accept: newRequestId(), receive: newRequestId() } };
    if (!result.ok) line.result = { ok: false, text: result.error.message };
    else if (!matches.length) line.result = { ok: false, text: r.notFound(text) };
    else if (line.chosen && line.chosen.step !== "receive" && line.chosen.step !== "accept_then_receive") line.result = { ok: false, text: r.steps[line.chosen.step]! };
    setLines((list) => [line, ...list]);
    input.current?.focus();
    if (auto && line.chosen?.step === "receive") await send(line, line.chosen);
  }

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void scan(term);
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="reception-scan" className="block text-sm font-medium">{r.scan}</label>
          <input id="reception-scan" ref={input} autoFocus className="input mt-1 min-h-11 text-lg" autoComplete="off" value={term} onChange={(e) => setTerm(e.target.value)} />
        </div>
        <CameraScanButton onCode={(code) => void scan(code)} />
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          {r.auto}
        </label>
      </form>
      <section aria-labelledby="reception-history">
        <h2 id="reception-history" className="mb-2 text-lg font-semibold">{r.history}</h2>
        <ul className="space-y-2">
          {lines.map((line) => (
            <li key={line.key} className="rounded border border-slate-200 bg-white p-3" data-testid="reception-line">
              <p className="font-mono text-sm text-slate-600">{line.term}</p>
              {line.matches.length > 1 && !line.chosen && (
                <div className="mt-1 space-y-1">
                  <p>{r.several(line.term)}</p>
                  {line.matches.map((m) => (
                    <button key={m.demandNumber} type="button" className="btn-secondary mr-2 min-h-11" onClick={() => patch(line.key, { chosen: m })}>{`${m.demandNumber} — ${m.brand ?? ""} ${m.serialNumber ?? ""}`}</button>
                  ))}
                </div>
              )}
              {line.chosen && (
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <a className="touch-target inline-flex items-center font-mono font-semibold text-blue-800 underline" href={`/dossiers/${encodeURIComponent(line.chosen.demandNumber)}`}>{line.chosen.demandNumber}</a>
                  <span className="text-sm">{[line.chosen.statusCode, line.chosen.brand, line.chosen.serialNumber, line.chosen.clientName].filter(Boolean).join(" · ")}</span>
                  {line.chosen.repeat && <p role="note" className="w-full rounded bg-amber-50 p-2 text-sm font-medium text-amber-950" data-testid="repeat-warning">⚠ {line.chosen.repeat}</p>}
                  {!line.result?.ok && line.chosen.step === "receive" && (
                    <button type="button" className="btn-primary min-h-11 text-lg" disabled={busy} onClick={() => void send(line, line.chosen!)}>{r.receive}</button>
                  )}
                  {!line.result?.ok && line.chosen.step === "accept_then_receive" && (
                    <form
                      className="flex flex-wrap items-end gap-2"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void send(line, line.chosen!, String(new FormData(e.currentTarget).get("agreement") ?? ""));
                      }}
                    >
                      <label className="text-sm">
                        <span className="block">{r.agreement(line.chosen.demandNumber)}</span>
                        <input name="agreement" className="input mt-1 min-h-11" autoComplete="off" />
                      </label>
                      <button type="submit" className="btn-primary min-h-11" disabled={busy}>{r.acceptThenReceive}</button>
                    </form>
                  )}
                  <a className="btn-secondary min-h-11" href={`/dossiers/${encodeURIComponent(line.chosen.demandNumber)}/fiche.pdf`} target="_blank" rel="noopener">{fr.print.ticket}</a>
                  <a className="btn-secondary min-h-11" href={`/dossiers/${encodeURIComponent(line.chosen.demandNumber)}/etiquette.pdf`} target="_blank" rel="noopener">{fr.print.label}</a>
                  {line.result?.ok && <PutAwayOne demandNumber={line.chosen.demandNumber} />}
                  <IntakePhotos demandNumber={line.chosen.demandNumber} />
                  <AccessoriesForm demandNumber={line.chosen.demandNumber} initial={line.chosen.accessories} />
                </div>
              )}
              {line.result && (
                <p role={line.result.ok ? "status" : "alert"} className={`mt-1 text-sm ${line.result.ok ? "text-green-800" : "text-red-800"}`} data-testid="reception-result">
                  {line.result.ok ? "✓ " : "⚠ "}
                  {line.result.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
