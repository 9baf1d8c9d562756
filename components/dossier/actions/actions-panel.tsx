"use client";

import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { canAcceptOrRefuse, canQuote, statusChoices, type DossierFacts, type LocalRecord } from "@/lib/workflows/transitions";
import { AcceptForm, DestructionCertificateForm, DocumentsUpload, ExpertiseReportForm, MessageForm, QuoteBuilder, RefuseForm, StatusForm, TrackingForm } from "./lazy-forms";
import type { PriceSuggestion } from "./quote-builder";

const f = fr.forms;

/** Every action the document allows on this dossier, each opening its form in place. */
type PanelProps = { demandNumber: string; facts: DossierFacts; local: LocalRecord; maxBytes: number; suggestions: PriceSuggestion[]; technician: string };

export function ActionsPanel(props: PanelProps) {
  // Forms start afresh when the status changes: what they offer depends on it.
  return <Panel key={`${props.facts.statusCode}-${props.facts.accepted}`} {...props} />;
}

function Panel({ demandNumber, facts, local, maxBytes, suggestions, technician }: PanelProps) {
  const [open, setOpen] = useState<string | null>(null);
  const close = () => setOpen(null);
  const choices = statusChoices(facts, local);
  const destruct = local.treatment === "DESTRUCT";
  const entries: Array<{ id: string; label: string; form: ReactNode; show: boolean }> = [
    { id: "accept", label: f.acceptTitle, show: canAcceptOrRefuse(facts), form: <AcceptForm demandNumber={demandNumber} maxBytes={maxBytes} onDone={close} /> },
    { id: "refuse", label: f.refuseTitle, show: canAcceptOrRefuse(facts), form: <RefuseForm demandNumber={demandNumber} onDone={close} /> },
    { id: "status", label: f.status, show: choices.suggested.length + choices.others.length > 0, form: <StatusForm demandNumber={demandNumber} suggested={choices.suggested} others={choices.others} onDone={close} /> },
    {
      id: "quote",
      label: local.openQuote ? f.quoteAgain : f.quote,
      show: canQuote(facts),
      form: (
        <>
          {local.openQuote && <p className="mb-3 text-sm text-slate-700">{fr.dossier.quoteSent(local.openQuote.number, formatDateTime(new Date(local.openQuote.sentAt)))}</p>}
          <QuoteBuilder demandNumber={demandNumber} maxBytes={maxBytes} suggestions={suggestions} onDone={close} />
        </>
      ),
    },
    { id: "message", label: f.message, show: true, form: <MessageForm demandNumber={demandNumber} onDone={close} /> },
    { id: "tracking", label: f.tracking, show: true, form: <TrackingForm demandNumber={demandNumber} maxBytes={maxBytes} onDone={close} directions={destruct ? ["CLIENT_TO_CENTER"] : undefined} /> },
    { id: "documents", label: f.documents, show: true, form: <DocumentsUpload demandNumber={demandNumber} maxBytes={maxBytes} /> },
    { id: "report", label: f.expertiseReport, show: true, form: <ExpertiseReportForm demandNumber={demandNumber} technician={technician} onDone={close} /> },
    { id: "destruction", label: f.destructionCertificate, show: destruct, form: <DestructionCertificateForm demandNumber={demandNumber} technician={technician} onDone={close} /> },
  ];
  return (
    <div className="space-y-2">
      <Link href={`/dossiers/${encodeURIComponent(demandNumber)}/parcours`} className="btn-secondary">{f.guided}</Link>
      {!choices.suggested.length && !choices.others.length && !canAcceptOrRefuse(facts) && <p className="text-sm text-slate-700">{f.statusBeforeAccept}</p>}
      {entries.filter((e) => e.show).map((entry) => (
        <div key={entry.id} className="rounded border border-slate-200 bg-white">
          <button
            type="button"
            className="flex min-h-11 w-full items-center justify-between px-3 py-2 text-left font-medium hover:bg-slate-50"
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
