import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { can } from "@/lib/auth/permissions";
import { config } from "@/lib/config/env";
import { formatDateTime } from "@/lib/format";
import { frServer } from "@/lib/i18n/fr-server";
import { mailFailure, pendingMailCount } from "@/lib/notifications/digest";
import { listNotifications, NOTIFICATIONS_PAGE, preferencesOf } from "@/lib/notifications/inbox";
import { pageParam } from "@/lib/url-params";

export const metadata: Metadata = { title: frServer.notifications.title };
const t = frServer.notifications;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("dossiers:read");
  const database = (await userCentre(user)).db;
  const raw = (await searchParams).page;
  const page = pageParam(10_000).parse(Array.isArray(raw) ? raw[0] : raw);
  const { items, total } = await listNotifications(database, user.id, page);
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE));
  const failure = can(user.role, "users:manage") ? await mailFailure(database) : null;
  const pending = failure ? await pendingMailCount(database) : 0;
  const preferences = await preferencesOf(database, user.id);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      {failure && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          ⚠ {t.mailFailing(formatDateTime(new Date(failure.since)), failure.error, pending)}
        </p>
      )}
      <NotificationList items={items.map((i) => ({ id: i.id, text: t.text(i.type, i.demandNumber, i.data), when: formatDateTime(i.at), demandNumber: i.demandNumber, read: i.read }))} />
      {pages > 1 && (
        <nav aria-label={t.pagesLabel} className="flex flex-wrap items-center gap-3">
          {page > 1 && <Link className="btn-secondary min-h-11" href={`/notifications?page=${page - 1}`}>{t.newer}</Link>}
          <span className="text-sm">{t.pageOf(page, pages)}</span>
          {page < pages && <Link className="btn-secondary min-h-11" href={`/notifications?page=${page + 1}`}>{t.older}</Link>}
        </nav>
      )}
      <section aria-labelledby="prefs" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="prefs" className="text-lg font-semibold">{t.prefsTitle}</h2>
        <p className="mb-3 text-sm text-slate-700">{t.prefsIntro}</p>
        {!config().mail && <p className="mb-3 text-sm text-amber-900">{t.mailOff}</p>}
        <PreferencesForm initial={preferences} />
      </section>
    </main>
  );
}
