"use client";

import { X } from "lucide-react";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { createDetector } from "@/lib/client/barcode-reader";
import { fr } from "@/lib/i18n/fr";

const c = fr.camera;

/** The live picture, read a frame at a time until one code is found; the camera stops when it closes. */
export function CameraDialog({ onClose, onCode }: { onClose: () => void; onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: c.starting, error: false });
  const found = useEffectEvent((code: string) => onCode(code));

  useEffect(() => {
    dialog.current?.showModal();
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch (error) {
        return setMessage({ text: (error as Error).name === "NotAllowedError" ? c.denied : c.unavailable, error: true });
      }
      if (stopped || !video.current) return stream.getTracks().forEach((t) => t.stop());
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      const detector = await createDetector().catch(() => null);
      if (!detector) return setMessage({ text: c.failed, error: true });
      setMessage({ text: c.looking, error: false });
      // One frame at a time: the next look starts when the last one is done, ~6 a second.
      const look = async () => {
        if (stopped || !video.current) return;
        const codes = video.current.readyState >= 2 ? await detector.detect(video.current).catch(() => []) : [];
        const code = codes.find((found) => found.rawValue.trim())?.rawValue.trim();
        if (code && !stopped) {
          setMessage({ text: c.found(code), error: false });
          return found(code);
        }
        timer = setTimeout(() => void look(), 150);
      };
      void look();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <dialog ref={dialog} aria-labelledby="camera-title" className="m-auto w-full max-w-lg rounded-lg p-4 backdrop:bg-black/60" onClose={onClose}>
      <div className="flex items-center justify-between gap-2">
        <h2 id="camera-title" className="text-lg font-semibold">{c.title}</h2>
        <button type="button" className="btn-secondary min-h-11 min-w-11" aria-label={c.close} onClick={() => dialog.current?.close()}>
          <X aria-hidden="true" className="h-5 w-5" />
        </button>
      </div>
      <video ref={video} className="mt-3 aspect-video w-full rounded bg-black" muted playsInline aria-hidden="true" />
      <p role={message.error ? "alert" : "status"} className={`mt-2 text-sm ${message.error ? "text-red-800" : "text-slate-700"}`}>
        {message.error ? "⚠ " : ""}
        {message.text}
      </p>
    </dialog>
  );
}
