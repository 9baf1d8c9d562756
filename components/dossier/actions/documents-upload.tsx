"use client";

import { useQueryClient } from "@tanstack/react-query";
import { RotateCcw, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileDrop } from "@/components/ui/file-drop";
import { submitDossierAction } from "@/lib/actions/dossier";
import { uploadFile } from "@/lib/client/upload";
import { newRequestId } from "@/lib/client/uuid";
import { fr } from "@/lib/i18n/fr";
import { UPLOAD_DOCUMENT_TYPES, type UploadDocumentType } from "@/lib/rma/constants";

const f = fr.forms;

type Item = {
  key: string;
  file: File;
  type: UploadDocumentType;
  /** Kept across retries of this file: the server recognises a repeat and never sends it twice. */
  requestId: string;
  /** Once uploaded, a retry only resends the command, not the bytes. */
  uploadId?: string;
  progress: number;
  state: "ready" | "uploading" | "sent" | "queued" | "error";
  error?: string;
};

const guessType = (file: File): UploadDocumentType => (file.type.startsWith("image/") ? "PICTURE" : "REPORT");

/** The file through the one upload path (its progress shown), then its command; a failed file is retried alone. */
async function upload(demandNumber: string, item: Item, onProgress: (pct: number) => void, onUploaded: (uploadId: string) => void): Promise<{ ok: boolean; state?: string; error?: string; refused?: boolean }> {
  let uploadId = item.uploadId;
  if (!uploadId) {
    const uploaded = await uploadFile(item.file, { kind: "document", field: "file", onProgress });
    if (!uploaded.ok) return { ok: false, error: uploaded.error };
    uploadId = uploaded.uploadId;
    onUploaded(uploadId);
  }
  try {
    const result = await submitDossierAction({ requestId: item.requestId, demandNumber, command: { kind: "document", payload: { file: { uploadId }, type: item.type } } });
    if (result.ok) return { ok: true, state: result.data.state };
    // A refusal is final for this request: the next try of this file is a new one.
    return { ok: false, error: Object.values(result.error.fieldErrors ?? {})[0] ?? result.error.message, refused: result.error.code !== "upstream" };
  } catch {
    return { ok: false, error: fr.errors.internal };
  }
}

export function DocumentsUpload({ demandNumber, maxBytes, defaultType, onDone }: { demandNumber: string; maxBytes: number; defaultType?: UploadDocumentType; onDone?: () => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Item[]>([]);
  const [busy, setBusy] = useState(false);
  const patch = (key: string, change: Partial<Item>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));
  const maxMb = Math.round(maxBytes / 1_048_576);

  async function send(targets: Item[]) {
    setBusy(true);
    for (const item of targets) {
      patch(item.key, { state: "uploading", progress: 0, error: undefined });
      const result = await upload(demandNumber, item, (progress) => patch(item.key, { progress }), (uploadId) => patch(item.key, { uploadId }));
      patch(item.key, result.ok ? { state: result.state === "sent" ? "sent" : "queued", progress: 100 } : { state: "error", error: result.error, ...(result.refused ? { requestId: newRequestId() } : {}) });
    }
    setBusy(false);
    void queryClient.invalidateQueries({ queryKey: ["documents", demandNumber] });
    router.refresh();
    onDone?.();
  }

  return (
    <div className="space-y-3">
      <FileDrop
        id="documents-files"
        label={f.documents}
        hint={fr.files.documentsHint(maxMb)}
        multiple
        accept={{ "application/pdf": [".pdf"], "image/*": [], "text/plain": [".txt"] }}
        onFiles={(files) =>
          setItems((list) => [
            ...list,
            ...files.map((file) => ({
              key: newRequestId(),
              file,
              type: defaultType ?? guessType(file),
              requestId: newRequestId(),
              progress: 0,
              state: file.size > maxBytes ? ("error" as const) : ("ready" as const),
              error: file.size > maxBytes ? f.fileTooLarge(file.name, maxMb) : undefined,
            })),
          ])
        }
      />
      {items.length > 0 && (
        <ul className="space-y-2" aria-label={f.documents}>
          {items.map((item) => (
            <li key={item.key} className="rounded border border-slate-200 bg-white p-2 text-sm" data-testid="upload-item">
              <div className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 flex-1 break-all font-medium">{item.file.name}</span>
                <label htmlFor={`type-${item.key}`} className="sr-only">{f.documentType(item.file.name)}</label>
                <select id={`type-${item.key}`} className="input w-auto py-1 text-sm" value={item.type} disabled={item.state !== "ready" && item.state !== "error"} onChange={(e) => patch(item.key, { type: e.target.value as UploadDocumentType })}>
                  {UPLOAD_DOCUMENT_TYPES.map((t) => <option key={t} value={t}>{f.documentTypes[t]}</option>)}
                </select>
                {item.state === "error" && item.file.size <= maxBytes && (
                  <button type="button" className="btn-secondary" disabled={busy} onClick={() => void send([item])}>
                    <RotateCcw aria-hidden="true" className="h-4 w-4" /> {f.retryFile(item.file.name)}
                  </button>
                )}
                {(item.state === "ready" || item.state === "error") && (
                  <button type="button" className="btn-secondary" aria-label={f.removeFile(item.file.name)} onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}>
                    <X aria-hidden="true" className="h-4 w-4" />
                  </button>
                )}
              </div>
              <progress className="mt-1 h-2 w-full" max={100} value={item.progress} aria-label={f.progress(item.file.name)} />
              <p className="text-xs" aria-live="polite">
                {item.state === "sent" && <span className="text-green-800">✓ {f.uploaded}</span>}
                {item.state === "queued" && <span className="text-amber-900">⏳ {f.uploadQueued}</span>}
                {item.state === "error" && <span role="alert" className="text-red-800">⚠ {item.error}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn-primary" disabled={busy || !items.some((i) => i.state === "ready")} onClick={() => void send(items.filter((i) => i.state === "ready"))}>
        {busy ? fr.actions.sending : f.upload}
      </button>
    </div>
  );
}
