"use client";

import { Upload } from "lucide-react";
import { useDropzone, type Accept } from "react-dropzone";
import { fr } from "@/lib/i18n/fr";

/**
 * A drop zone that is also a file picker (click, Enter or Space); on a tablet, an input that accepts
 * images offers the camera. The server re-checks size and real type.
 */
export function FileDrop({
  id,
  label,
  hint,
  accept,
  multiple = false,
  onFiles,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  accept: Accept;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  error?: string;
}) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ accept, multiple, onDrop: (files) => files.length && onFiles(files), noKeyboard: false });
  return (
    <div>
      <span id={`${id}-label`} className="block text-sm font-medium">{label}</span>
      <div
        {...getRootProps({
          role: "button",
          "aria-labelledby": `${id}-label`,
          "aria-describedby": `${id}-hint ${id}-error`,
          className: `mt-1 flex cursor-pointer flex-col items-center gap-1 rounded border-2 border-dashed p-4 text-center text-sm ${isDragActive ? "border-blue-700 bg-blue-50" : "border-slate-400 bg-white"} ${error ? "border-red-600" : ""}`,
        })}
        data-testid={`${id}-drop`}
      >
        <input {...getInputProps({ id })} />
        <Upload aria-hidden="true" className="h-5 w-5" />
        <span>{isDragActive ? fr.files.dropNow : fr.files.dropOrPick}</span>
        <span id={`${id}-hint`} className="text-xs text-slate-600">{hint}</span>
      </div>
      <p id={`${id}-error`} className="field-error" role={error ? "alert" : undefined}>{error ? `⚠ ${error}` : null}</p>
    </div>
  );
}
