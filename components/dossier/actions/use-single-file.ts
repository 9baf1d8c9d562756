"use client";

import { useState } from "react";
import { readAsBase64 } from "@/lib/client/files";
import { fr } from "@/lib/i18n/fr";

/** One optional file of a form: chosen from a FileDrop, refused at once when too large (the server re-checks). */
export function useSingleFile(maxBytes: number) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
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
    /** The file as the action wants it, or undefined when none was chosen. */
    async payload() {
      return file ? { name: file.name, base64: await readAsBase64(file) } : undefined;
    },
    clear: () => setFile(null),
  };
}
