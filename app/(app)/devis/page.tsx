import type { Metadata } from "next";
import Link from "next/link";
import { QuoteChart } from "@/components/managers/quote-chart";
import { UrlFilters } from "@/components/managers/url-filters";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { filterOptions } from "@/lib/dossiers/list-dossiers";
import { formatDateTime } from "@/lib/format";
import { frQueue } from "@/lib/i18n/fr-queue";
import { frManagers } from "@/lib/i18n/fr-managers";
import { formatCents } from "@/lib/money";
import { lastVisit, markVisited } from "@/lib/quotes/last-visit";
import { listQuotes, quoteFilters } from "@/lib/quotes/list-quotes";
import { quotesToRemind } from "@/lib/quotes/reminders";
import { RemindButton } from "@/components/managers/remind-button";
import { FollowUpForm } from "@/components/managers/follow-up-form";
import { repeatDays } from "@/lib/dossiers/product-history";
import { can } from "@/lib/auth/permissions";
import { frReminders } from "@/lib/i18n/fr-reminders";
import { formatDate } from "@/lib/format";
import { hoursBetween, quoteStats, weeklySeries } from "@/lib/quotes/quote-stats";

export const metadata: Metadata = { title: frManagers.quotesTitle };
const m = frManagers;

function answerText(row: { answer: string | null; treatment: string | null }) {
  if (!row.answer) return m.answers.none!;
  if (row.answer === "RDE" && row.treatment) return m.answers[row.treatment]!;
  return m.answers[row.answer]!;
}

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser("manager:view");
  const raw = await searchParams;
  const filters = quoteFilters.parse(raw);
  const database = (await userCentre(user)).db;
  const rows = await listQuotes(database, filters);
  const stats = quoteStats(rows);
  const since = await lastVisit(database, user.id);
  const isNew = (answeredAt: Date | null) => Boolean(answeredAt && (!since || answeredAt > since));
  const newCount = rows.filter((r) => isNew(r.answeredAt)).length;
  // Seen now: the next visit highlights only what arrives after this one.
  await markVisited(database, user.id, new Date());
  const options = await filterOptions(database);
  const [reminders, repeat] = await Promise.all([quotesToRemind(database), repeatDays(database)]);
  const figures: Array<[string, string]> = [
    [m.sent, String(stats.sent)],
    [m.acceptanceRate, stats.acceptanceRate === null ? m.none : `${Math.round(stats.acceptanceRate * 100)} %`],
    [m.amountAccepted, formatCents(stats.amountAcceptedCents)],
    [m.medianAnswer, stats.medianHoursToAnswer === null ? m.none : m.hours(stats.medianHoursToAnswer)],
  ];
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">{m.quotesTitle}</h1>
      <UrlFilters
        values={filters}
        fields={[
          { kind: "select", name: "answer", label: m.answer, options: Object.entries(m.answers) },
          { kind: "select", name: "reseller", label: frQueue.reseller, options: options.resellers.map((r) => [r, r]) },
          { kind: "select", name: "brand", label: frQueue.brand, options: options.brands.map((b) => [b, b]) },
          { kind: "date", name: "from", label: m.from },
          { kind: "date", name: "to", label: m.to },
        ]}
      />
      <section aria-labelledby="headline">
        <h2 id="headline" className="sr-only">{m.headline}</h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid={`figure-${label}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="chart" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="chart" className="mb-2 text-lg font-semibold">{m.chartTitle}</h2>
        <QuoteChart series={weeklySeries(rows)} />
      </section>
      <section aria-labelledby="reminders" id="relances">
        <h2 id="reminders" className="mb-2 text-lg font-semibold">{frReminders.title(reminders.days)}</h2>
        {can(user.role, "followup:manage") && <div className="mb-3"><FollowUpForm reminderDays={reminders.days} repeatDays={repeat} /></div>}
        {reminders.quotes.length === 0 ? (
          <p className="text-sm text-slate-700">{frReminders.none}</p>
        ) : (
          <ul className="space-y-2">
            {reminders.quotes.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="quote-reminder">
                <Link className="font-mono font-medium text-blue-800 underline" href={`/dossiers/${encodeURIComponent(q.demandNumber)}`}>{q.demandNumber}</Link>
                <span>{q.quoteNumber} · {formatCents(q.totalCents)} · {formatDateTime(q.sentAt)}</span>
                <span className={q.expired ? "font-medium text-red-800" : ""}>{q.expired ? `⚠ ${frReminders.expired(formatDate(q.validUntil))}` : frReminders.validUntil(formatDate(q.validUntil))}</span>
                {q.remindedAt && <span>{frReminders.reminded(formatDate(q.remindedAt))}</span>}
                <RemindButton quoteId={q.id} demandNumber={q.demandNumber} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {newCount > 0 && <p role="status" className="font-medium text-blue-900">★ {m.newSince(newCount)}</p>}
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-6 text-center">{m.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs uppercase text-slate-700">
              <tr>{Object.values(m.columns).map((c) => <th key={c} scope="col" className="px-3 py-2">{c}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className={`border-t border-slate-200 ${isNew(row.answeredAt) ? "bg-blue-50" : ""}`} data-testid="quote-row">
                  <td className="whitespace-nowrap px-3 py-2 font-mono">
                    <Link className="text-blue-800 underline" href={`/dossiers/${encodeURIComponent(row.demandNumber)}`}>{row.demandNumber}</Link>
                    <span className="block text-xs text-slate-600">{row.resellerCode} · {row.brand}</span>
                  </td>
                  <td className="px-3 py-2">{row.quoteNumber}</td>
                  <td className="px-3 py-2">
                    <details>
                      <summary className="touch-target inline-flex cursor-pointer items-center">{m.linesCount(row.lines.length)}</summary>
                      <ul className="mt-1 text-xs">
                        {row.lines.map((line, i) => <li key={i}>{line.quantity} × {line.label} — {formatCents(line.unitPriceCents)}</li>)}
                      </ul>
                    </details>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatCents(row.totalCents)}</td>
                  <td className="px-3 py-2 text-xs">{formatDateTime(row.sentAt)}{row.sentBy && <span className="block">{row.sentBy}</span>}</td>
                  <td className="px-3 py-2">
                    {isNew(row.answeredAt) && <span className="mr-1 rounded bg-blue-700 px-1 text-xs font-semibold text-white">★ {m.newAnswer}</span>}
                    {answerText(row)}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{row.answeredAt ? m.hours(hoursBetween(row.sentAt, row.answeredAt)) : m.none}</td>
                  <td className="px-3 py-2">{row.currentStatus && <StatusBadge code={row.currentStatus} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
