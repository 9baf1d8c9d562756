"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, Eye, EyeOff } from "lucide-react";
import { useState } from "react";
import type { DocumentInfo } from "@/lib/files/platform-documents";
import { fr } from "@/lib/i18n/fr";

export function documentsQueryKey(demandNumber: string) {
  return ["documents", demandNumber] as const;
}

/** The dossier's documents, read from the platform through our server (the token never leaves it). */
export function DocumentsPanel({ demandNumber }: { demandNumber: string }) {
  const base = `/api/dossiers/${encodeURIComponent(demandNumber)}/documents`;
  const query = useQuery({
    queryKey: documentsQueryKey(demandNumber),
    queryFn: async (): Promise<DocumentInfo[]> => {
      const response = await fetch(base, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      return ((await response.json()) as { data: DocumentInfo[] }).data;
    },
    staleTime: 60_000,
    // The server already retries reads with backoff: a second layer of retries would only delay the message.
    retry: false,
  });
  const [open, setOpen] = useState<number | null>(null);

  if (query.isPending) return <p className="text-sm text-slate-700" role="status">{fr.documents.loading}</p>;
  if (query.isError)
    return (
      <p role="alert" className="text-sm text-red-800">
        {fr.documents.failed}{" "}
        <button type="button" className="btn-secondary" onClick={() => void query.refetch()}>{fr.documents.retry}</button>
      </p>
    );
  if (!query.data.length) return <p className="text-sm text-slate-700">{fr.documents.empty}</p>;
  return (
    <ul className="space-y-2">
      {query.data.map((doc) => {
        const url = `${base}/${doc.index}`;
        const previewable = doc.contentType === "application/pdf" || doc.contentType.startsWith("image/");
        return (
          <li key={doc.index} className="rounded border border-slate-200 bg-white p-2 text-sm" data-testid="document">
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium">{fr.documents.types[doc.type ?? "OTHER"] ?? doc.type}</span>
              <span className="min-w-0 flex-1 break-all font-medium">{doc.fileName}</span>
              <span className="text-xs text-slate-600">{fr.documents.size(doc.size)}</span>
              {previewable && (
                <button type="button" className="btn-secondary" aria-expanded={open === doc.index} onClick={() => setOpen(open === doc.index ? null : doc.index)}>
                  {open === doc.index ? <EyeOff aria-hidden="true" className="h-4 w-4" /> : <Eye aria-hidden="true" className="h-4 w-4" />}
                  {fr.documents.preview}
                  <span className="sr-only"> {doc.fileName}</span>
                </button>
              )}
              <a className="btn-secondary" href={`${url}?telecharger`} download={doc.fileName}>
                <Download aria-hidden="true" className="h-4 w-4" />
                {fr.documents.download}
                <span className="sr-only"> {doc.fileName}</span>
              </a>
            </div>
            {open === doc.index &&
              (doc.contentType === "application/pdf" ? (
                <iframe title={`${fr.documents.preview} ${doc.fileName}`} src={url} className="mt-2 h-96 w-full rounded border" />
              ) : (
                // eslint-disable-next-line @next/next/no-img-element -- a private, authenticated file: no image optimiser
                <img src={url} alt={`${fr.documents.preview} ${doc.fileName}`} className="mt-2 max-h-96 rounded border" />
              ))}
          </li>
        );
      })}
    </ul>
  );
}
