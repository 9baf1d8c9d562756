"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { CameraScanButton } from "@/components/scan/camera-scanner";
import { fr } from "@/lib/i18n/fr";

/**
 * One field for search and scan. "/" focuses it from anywhere (except while typing elsewhere); a barcode
 * scanner types the serial and Enter, which submits to /recherche, which opens an exact match directly.
 */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    // Says "/" now works: what a test waits for before pressing it, rather than for a length of time.
    input.current?.setAttribute("data-shortcut", "on");
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form action="/recherche" method="get" role="search" className="flex min-w-64 flex-1 items-center gap-1 sm:max-w-md">
      <label htmlFor="global-search" className="sr-only">{fr.search.label}</label>
      <input
        ref={input}
        id="global-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={fr.search.placeholder}
        autoComplete="off"
        aria-keyshortcuts="/"
        className="input py-1.5 text-sm"
      />
      <button type="submit" className="btn-secondary" aria-label={fr.search.submit}>
        <Search aria-hidden="true" className="h-4 w-4" />
      </button>
      <CameraScanButton compact onCode={(code) => router.push(`/recherche?q=${encodeURIComponent(code)}`)} />
    </form>
  );
}
