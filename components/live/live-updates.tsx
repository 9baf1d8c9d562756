"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef } from "react";

/**
 * One Server-Sent Events stream per tab (/api/live): each change names its scopes, and this tab refetches
 * what shows them: the queue and the bell through TanStack Query, a server-rendered page (home, dossier,
 * notifications) through router.refresh(), which keeps what is typed in its forms. EventSource reconnects
 * by itself, with Last-Event-ID; there is no other polling.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const onChange = useEffectEvent((scopes: string[]) => {
    const all = scopes.includes("*");
    if (all) void queryClient.invalidateQueries();
    for (const key of ["dossiers", "sync", "notifications"]) if (!all && scopes.includes(key)) void queryClient.invalidateQueries({ queryKey: [key] });
    const segment = /^\/dossiers\/([^/]+)/.exec(pathname)?.[1];
    const dossier = segment === undefined ? null : decodeURIComponent(segment);
    const dossierChanged = dossier !== null && scopes.includes(`dossier:${dossier}`);
    if (dossierChanged) void queryClient.invalidateQueries({ queryKey: ["documents", dossier] });
    // A shipping batch's page follows its dossiers' commands as each one settles.
    const shipping = pathname === "/expeditions" && scopes.some((s) => s === "dossiers" || s === "notifications" || s.startsWith("dossier:"));
    const concernsPage = all || shipping || (pathname === "/" && scopes.includes("home")) || (pathname === "/notifications" && scopes.includes("notifications")) || dossierChanged;
    if (!concernsPage) return;
    if (refreshTimer.current) clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => router.refresh(), 250);
  });

  useEffect(() => {
    const source = new EventSource("/api/live");
    source.addEventListener("change", (event) => {
      try {
        onChange((JSON.parse((event as MessageEvent<string>).data) as { scopes: string[] }).scopes);
      } catch {
        // a malformed message changes nothing
      }
    });
    source.addEventListener("ready", () => document.documentElement.setAttribute("data-live", "ready"));
    return () => {
      source.close();
      document.documentElement.removeAttribute("data-live");
    };
  }, []);
  return null;
}
