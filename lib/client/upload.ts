// The browser's side of the one upload path (/api/uploads): one file a request, with its progress.
import type { FileKind } from "@/lib/files/kinds";
import { fr } from "@/lib/i18n/fr";

export type { FileKind };
export type UploadResult = { ok: true; uploadId: string } | { ok: false; error: string };

export function uploadFile(file: File, options: { kind: FileKind; field: string; onProgress?: (percent: number) => void }): Promise<UploadResult> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.set("kind", options.kind);
    body.set("field", options.field);
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.upload.onprogress = (event) => event.lengthComputable && options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    xhr.onerror = () => resolve({ ok: false, error: fr.errors.connectionLost });
    xhr.onload = () => {
      let json: { data?: { uploadId: string }; error?: { message: string; fieldErrors?: Record<string, string> } } = {};
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: reported below as a generic error
      }
      if (xhr.status >= 200 && xhr.status < 300 && json.data) resolve({ ok: true, uploadId: json.data.uploadId });
      else resolve({ ok: false, error: Object.values(json.error?.fieldErrors ?? {})[0] ?? json.error?.message ?? fr.errors.internal });
    };
    xhr.send(body);
  });
}
