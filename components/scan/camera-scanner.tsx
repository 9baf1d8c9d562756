"use client";

import { Camera } from "lucide-react";
import { lazy, Suspense, useEffect, useState } from "react";
import { hasCamera } from "@/lib/client/has-camera";
import { fr } from "@/lib/i18n/fr";

// The dialog, the video loop and the ZXing loader come with the first click, not with the page.
const CameraDialog = lazy(() => import("./camera-dialog").then((m) => ({ default: m.CameraDialog })));

const c = fr.camera;

/**
 * "Scanner avec la caméra": offered only where the device has a camera; reads one code from the live
 * picture, hands it to onCode and stops the camera.
 */
export function CameraScanButton({ onCode, compact = false }: { onCode: (code: string) => void; compact?: boolean }) {
  const [available, setAvailable] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void hasCamera().then(setAvailable);
  }, []);
  if (!available) return null;
  return (
    <>
      <button type="button" className="btn-secondary min-h-11" aria-label={compact ? c.open : undefined} title={compact ? c.open : undefined} onClick={() => setOpen(true)}>
        <Camera aria-hidden="true" className="h-4 w-4" />
        {compact ? null : c.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CameraDialog
            onClose={() => setOpen(false)}
            onCode={(code) => {
              setOpen(false);
              onCode(code);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
