"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/errors";

/** Runs a server action from a form or a button: a toast, the field errors kept for the form, the page refreshed after a change. */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = <T,>(action: () => Promise<ActionResult<T>>, done: (data: T) => string | null, after?: (data: T) => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setErrors({});
        const message = done(result.data);
        if (message) toast.success(message);
        after?.(result.data);
        router.refresh();
      } else {
        setErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
      }
    });
  return { run, pending, errors };
}
