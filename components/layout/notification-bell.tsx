"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { fr } from "@/lib/i18n/fr";

/** The unread count, kept current by the live stream (no polling). */
export function NotificationBell({ initial }: { initial: number }) {
  const { data } = useQuery({
    queryKey: ["notifications", "count"],
    queryFn: async () => {
      const response = await fetch("/api/notifications", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      return ((await response.json()) as { data: { unread: number } }).data.unread;
    },
    initialData: initial,
  });
  return (
    <Link href="/notifications" className="touch-target relative inline-flex items-center justify-center rounded px-2 py-1.5 text-slate-800 hover:bg-slate-100" aria-label={fr.notifications.bell(data)} data-testid="bell">
      <Bell aria-hidden="true" className="h-5 w-5" />
      {data > 0 && (
        <span aria-hidden="true" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white" data-testid="bell-count">
          {data > 99 ? "99+" : data}
        </span>
      )}
    </Link>
  );
}
