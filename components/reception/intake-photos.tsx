"use client";

import { useState } from "react";
import { submitDossierAction } from "@/lib/actions/dossier";
import { downscale } from "@/lib/client/downscale";
import { uploadFile } from "@/lib/client/upload";
import { newRequestId } from "@/lib/client/uuid";
import { fr } from "@/lib/i18n/fr";

const r = fr.reception;

interface Photo {
  key: string;
  name: string;
  file: File;
  percent: number;
  state: "sending" | "sent" | "failed";
  error?: string;
  /** Kept across a retry: the bytes are not uploaded twice, and the command is recognised, never sent twice. */
  uploadId?: string;
  requestId: string;
}

/**
 * Intake pictures of a product, from the camera or a file: each is made smaller on the device, uploaded
 * with its progress, and sent as a PICTURE document through the outbox; a failed one can be retried.
 */
export function IntakePhotos({ demandNumber }: { demandNumber: string }) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const patch = (key: string, change: Partial<Photo>) => setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  async function send(photo: Photo) {
    patch(photo.key, { state: "sending", error: undefined });
    let uploadId = photo.uploadId;
    if (!uploadId) {
      const uploaded = await uploadFile(photo.file, { kind: "document", field: "file", onProgress: (percent) => patch(photo.key, { percent }) });
      if (!uploaded.ok) return patch(photo.key, { state: "failed", error: uploaded.error });
      uploadId = uploaded.uploadId;
      patch(photo.key, { uploadId, percent: 100 });
    }
    const done = await submitDossierAction({ requestId: photo.requestId, demandNumber, command: { kind: "document", payload: { type: "PICTURE", file: { uploadId } } } }).catch(() => null);
    if (done?.ok) patch(photo.key, { state: "sent" });
    else patch(photo.key, { state: "failed", error: done ? done.error.message : fr.errors.internal });
  }

  async function add(files: FileList | null) {
    for (const original of [...(files ?? [])]) {
      const photo: Photo = { key: newRequestId(), name: original.name, file: await downscale(original), percent: 0, state: "sending", requestId: newRequestId() };
      setPhotos((list) => [...list, photo]);
      await send(photo);
    }
  }

  const sent = photos.filter((p) => p.state === "sent").length;
  return (
    <div className="w-full space-y-1" data-testid="intake-photos">
      <div className="flex flex-wrap gap-2">
        <label className="btn-secondary min-h-11 cursor-pointer">
          {r.photos(demandNumber)}
          <input type="file" accept="image/*" capture="environment" multiple className="sr-only" onChange={(e) => void add(e.target.files)} />
        </label>
        <label className="btn-secondary min-h-11 cursor-pointer">
          {r.photosPick}
          <input type="file" accept="image/*" multiple className="sr-only" onChange={(e) => void add(e.target.files)} />
        </label>
      </div>
      {photos.length > 0 && (
        <ul className="space-y-1 text-sm">
          {photos.map((p) => (
            <li key={p.key} className="flex flex-wrap items-center gap-2">
              {p.state === "sending" && (
                <>
                  <progress max={100} value={p.percent} aria-label={p.name} className="h-2 w-32" />
                  <span role="status">{r.photoSending(p.name, p.percent)}</span>
                </>
              )}
              {p.state === "sent" && <span className="text-green-800">✓ {r.photoSent(p.name)}</span>}
              {p.state === "failed" && (
                <>
                  <span role="alert" className="text-red-800">⚠ {r.photoFailed(p.name, p.error ?? "")}</span>
                  <button type="button" className="btn-secondary min-h-11" onClick={() => void send(p)}>{r.photoRetry(p.name)}</button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {sent > 0 && <p role="status" className="text-sm">{r.photosSent(sent)}</p>}
    </div>
  );
}
