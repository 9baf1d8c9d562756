"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { markAllReadAction, markReadAction } from "@/lib/actions/notifications";
import { fr } from "@/lib/i18n/fr";

const t = fr.notifications;

export interface NotificationItem {
  id: number;
  text: string;
  when: string;
  demandNumber: string | null;
  read: boolean;
}

/** The list, newest first: unread ones marked in words and in bold, each with its dossier and "Marquer comme lue". */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const after = () => {
    void queryClient.invalidateQueries({ queryKey: ["notifications"] });
    router.refresh();
  };
  const read = (ids: number[], then?: () => void) =>
    startTransition(async () => {
      const result = await markReadAction({ ids });
      if (!result.ok) toast.error(result.error.message);
      after();
      then?.();
    });
  const unread = items.filter((i) => !i.read);
  return (
    <div className="space-y-3">
      <button
        type="button"
        className="btn-secondary min-h-11"
        disabled={pending || unread.length === 0}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllReadAction({});
            if (result.ok) toast.success(t.allRead(result.data.count));
            else toast.error(result.error.message);
            after();
          })
        }
      >
        {t.markAllRead}
      </button>
      {items.length === 0 ? (
        <p className="text-slate-700">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
          {items.map((item) => (
            <li key={item.id} className={`flex flex-wrap items-center gap-3 p-3 ${item.read ? "" : "bg-blue-50"}`} data-testid="notification">
              <div className="min-w-64 flex-1">
                <p className={item.read ? "" : "font-semibold"}>
                  {!item.read && <span className="mr-2 rounded bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white">{t.unread}</span>}
                  {item.text}
                </p>
                <p className="text-sm text-slate-600">{item.when}</p>
              </div>
              {item.demandNumber && (
                <a
                  className="btn-secondary min-h-11"
                  href={`/dossiers/${encodeURIComponent(item.demandNumber)}`}
                  onClick={(e) => {
                    if (item.read) return;
                    e.preventDefault();
                    read([item.id], () => router.push(`/dossiers/${encodeURIComponent(item.demandNumber!)}`));
                  }}
                >
                  {t.open(item.demandNumber)}
                </a>
              )}
              {!item.read && (
                <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => read([item.id])}>
                  {t.markRead}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
