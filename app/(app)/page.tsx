import type { Metadata } from "next";
import Link from "next/link";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { can } from "@/lib/auth/permissions";
import { config } from "@/lib/config/env";
import { formatDate } from "@/lib/format";
import { today } from "@/lib/home/today";
import { frReminders } from "@/lib/i18n/fr-reminders";
import { quotesToRemind } from "@/lib/quotes/reminders";
import { fr } from "@/lib/i18n/fr";
import { frServer } from "@/lib/i18n/fr-server";

export const metadata: Metadata = { title: frServer.today.title };
const t = frServer.today;

function Count({ href, label, value, children }: { href: string; label: string; value: number; children?: ReactNode }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <Link href={href} className="touch-target flex flex-col gap-1 rounded hover:bg-slate-50" data-testid="today-count">
        <span className="text-3xl font-semibold tabular-nums text-blue-800">{value}</span>
        <span className="font-medium text-slate-900">{label}</span>
      </Link>
      {children}
    </li>
  );
}

/** « Aujourd'hui »: per role, what waits now; the live stream refreshes it when dossiers or notifications change. */
export default async function TodayPage() {
  const user = await requirePageUser("dossiers:read");
  const manager = can(user.role, "manager:view");
  const db = (await userCentre(user)).db;
  const [d, reminders] = await Promise.all([today(db, { id: user.id, manager }, config().aging), manager ? quotesToRemind(db) : null]);
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="text-slate-700">{t.intro}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t.title}>
        <Count href="/dossiers?status=RMAD" label={t.toAccept} value={d.toAccept} />
        <Count href="/dossiers?status=D" label={t.received} value={d.received} />
        <Count href="/dossiers?phase=devis" label={t.quoteAnswers} value={d.quoteAnswers.vde + d.quoteAnswers.rde}>
          <p className="mt-1 text-sm">
            <Link className="inline-target underline" href="/dossiers?status=VDE">{`${d.quoteAnswers.vde} ${t.vde}`}</Link>
            {" · "}
            <Link className="inline-target underline" href="/dossiers?status=RDE">{`${d.quoteAnswers.rde} ${t.rde}`}</Link>
          </p>
          {d.quoteAnswers.unread > 0 && (
            <p className="text-sm font-medium text-blue-900">
              <Link className="inline-target underline" href="/notifications">{t.unreadAnswers(d.quoteAnswers.unread)}</Link>
            </p>
          )}
        </Count>
        <Count href="/dossiers?status=INFREV" label={t.infoAnswers} value={d.infoAnswers} />
        <Count href={manager ? "/retards" : "/dossiers?sort=oldest"} label={t.late} value={d.late.warn + d.late.alert}>
          <p className="mt-1 text-sm">{t.lateDetail(d.late.warn, d.late.alert)}</p>
        </Count>
        <Count href="/dossiers?due=risk&sort=due" label={frDeadlines.due.tile} value={d.due.risk}>
          <p className="mt-1 text-sm">
            <Link className="inline-target underline" href="/dossiers?due=late&sort=due">{frDeadlines.due.tileLate(d.due.late)}</Link>
          </p>
        </Count>
        <Count href="/dossiers?mine=1" label={t.mine} value={d.mine} />
      </ul>
      <section aria-labelledby="today-commands" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="today-commands" className="text-lg font-semibold">{`${t.commands} (${d.commands.length})`}</h2>
        {d.commands.length === 0 ? (
          <p className="text-slate-700">{t.noCommands}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {d.commands.map((c) => (
              <li key={c.id}>
                <Link className="inline-target underline" href={`/dossiers/${encodeURIComponent(c.demandNumber)}`}>{t.commandLine(fr.outbox.kinds[c.kind] ?? c.kind, c.demandNumber, c.state)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {d.manager && (
        <section aria-labelledby="today-manager" className="space-y-3">
          <h2 id="today-manager" className="text-lg font-semibold">{t.managerTitle}</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {reminders && <Count href="/devis#relances" label={frReminders.tile} value={reminders.quotes.length} />}
            <Count href="/devis" label={t.weekQuotes} value={d.manager.week.sent}>
              <p className="mt-1 text-sm" data-testid="week-acceptance">{t.acceptance(d.manager.week.accepted, d.manager.week.answered)}</p>
            </Count>
            <li className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-medium">{t.oldest}</p>
              {d.manager.oldest ? (
                <p>
                  <Link className="inline-target font-mono font-semibold text-blue-800 underline" href={`/dossiers/${encodeURIComponent(d.manager.oldest.demandNumber)}`}>{d.manager.oldest.demandNumber}</Link>{" "}
                  <span className="text-sm">{t.oldestDetail(d.manager.oldest.statusCode, d.manager.oldest.createdAt ? formatDate(d.manager.oldest.createdAt) : "—")}</span>
                </p>
              ) : (
                <p>{t.none}</p>
              )}
            </li>
            <li className="rounded-lg border border-slate-200 bg-white p-4">
              <Link className="inline-target font-medium underline" href="/activite">{t.team}</Link>
              {d.manager.team.length === 0 ? (
                <p className="text-sm text-slate-700">{t.teamEmpty}</p>
              ) : (
                <ul className="mt-1 text-sm">
                  {d.manager.team.map((m) => <li key={m.userName}>{t.teamLine(m.userName, m.actions)}</li>)}
                </ul>
              )}
            </li>
          </ul>
        </section>
      )}
    </main>
  );
}
