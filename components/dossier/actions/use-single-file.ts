"use client";

import { useState } from "react";
import { uploadFile, type FileKind } from "@/lib/client/upload";
import { fr } from "@/lib/i18n/fr";

/**
 * One optional file of a form: chosen from a FileDrop, refused at once when too large, then uploaded through
 * /api/uploads when the form is sent (the server checks its size and real content again).
 */
export function useSingleFile(maxBytes: number, kind: FileKind, field: string) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [uploaded, setUploaded] = useState<{ file: File; uploadId: string } | null>(null);
  const maxMb = Math.round(maxBytes / 1_048_576);
  return {
    file,
    error,
    setError,
    maxMb,
    choose(files: File[]) {
      const chosen = files[0];
      if (!chosen) return;
      const tooLarge = chosen.size > maxBytes;
      setError(tooLarge ? fr.forms.fileTooLarge(chosen.name, maxMb) : undefined);
      setFile(tooLarge ? null : chosen);
    },
    /** The file's reference for the command: undefined when none was chosen, false when its upload failed. */
    async payload(): Promise<{ uploadId: string } | undefined | false> {
      if (!file) return undefined;
      if (uploaded?.file === file) return { uploadId: uploaded.uploadId };
      const result = await uploadFile(file, { kind, field });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setUploaded({ file, uploadId: result.uploadId });
      return { uploadId: result.uploadId };
    },
    clear: () => setFile(null),
  };
}
