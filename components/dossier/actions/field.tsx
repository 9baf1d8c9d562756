"use client";

import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";

/** A labelled control with its error, wired for screen readers. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <div className="mt-1">{children}</div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export const describedBy = (id: string, error?: string) => ({ id, "aria-invalid": Boolean(error), "aria-describedby": `${id}-error` });
