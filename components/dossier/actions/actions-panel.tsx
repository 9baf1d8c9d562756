"use client";

import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { fr } from "@/lib/i18n/fr";
import { canAcceptOrRefuse, canAddDocuments, canMessage, canQuote, canSendTracking, nextStatuses, type DossierFacts } from "@/lib/workflows/transitions";
import { AcceptForm, DocumentsUpload, MessageForm, QuoteBuilder, RefuseForm, StatusForm, TrackingForm } from "./lazy-forms";

const f = fr.forms;

/** The actions this dossier's status allows, each opening its form in place. */
export function ActionsPanel({ demandNumber, facts, maxBytes }: { demandNumber: string; facts: DossierFacts; maxBytes: number }) {
  // Forms start afresh when the status changes: what they offer depends on it.
  return <Panel key={facts.statusCode} demandNumber={demandNumber} facts={facts} maxBytes={maxBytes} />;
}

function Panel({ demandNumber, facts, maxBytes }: { demandNumber: string; facts: DossierFacts; maxBytes: number }) {
  const [open, setOpen] = useState<string | null>(null);
  const close = () => setOpen(null);
  const entries: Array<{ id: string; label: string; form: ReactNode; show: boolean }> = [
    { id: "accept", label: f.acceptTitle, show: canAcceptOrRefuse(facts), form: <AcceptForm demandNumber={demandNumber} maxBytes={maxBytes} onDone={close} /> },
    { id: "refuse", label: f.refuseTitle, show: canAcceptOrRefuse(facts), form: <RefuseForm demandNumber={demandNumber} onDone={close} /> },
    { id: "status", label: f.status, show: nextStatuses(facts).length > 0, form: <StatusForm demandNumber={demandNumber} allowed={nextStatuses(facts)} onDone={close} /> },
    { id: "quote", label: f.quote, show: canQuote(facts), form: <QuoteBuilder demandNumber={demandNumber} maxBytes={maxBytes} onDone={close} /> },
    { id: "message", label: f.message, show: canMessage(facts), form: <MessageForm demandNumber={demandNumber} onDone={close} /> },
    { id: "tracking", label: f.tracking, show: canSendTracking(facts), form: <TrackingForm demandNumber={demandNumber} maxBytes={maxBytes} onDone={close} /> },
    { id: "documents", label: f.documents, show: canAddDocuments(facts), form: <DocumentsUpload demandNumber={demandNumber} maxBytes={maxBytes} /> },
  ];
  return (
    <div className="space-y-2">
      <Link href={`/dossiers/${encodeURIComponent(demandNumber)}/parcours`} className="btn-secondary">{f.guided}</Link>
      {entries.filter((e) => e.show).map((entry) => (
        <div key={entry.id} className="rounded border border-slate-200 bg-white">
          <button
            type="button"
            className="flex w-full items-center justify-between px-3 py-2 text-left font-medium hover:bg-slate-50"
            aria-expanded={open === entry.id}
            aria-controls={`action-${entry.id}`}
            onClick={() => setOpen(open === entry.id ? null : entry.id)}
          >
            {entry.label}
            <ChevronDown aria-hidden="true" className={`h-4 w-4 transition-transform ${open === entry.id ? "rotate-180" : ""}`} />
          </button>
          {open === entry.id && <div id={`action-${entry.id}`} className="border-t border-slate-200 p-3">{entry.form}</div>}
        </div>
      ))}
    </div>
  );
}
