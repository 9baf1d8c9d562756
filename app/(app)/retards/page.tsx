import type { Metadata } from "next";
import Link from "next/link";
import { AgingFlag } from "@/components/dossiers/aging-flag";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { config } from "@/lib/config/env";
import { agingReport } from "@/lib/dossiers/aging-report";
import { PHASES } from "@/lib/dossiers/phases";
import { frManagers } from "@/lib/i18n/fr-managers";

export const metadata: Metadata = { title: frManagers.agingTitle };
const m = frManagers;

function CountTable({ id, title, rows, link, label }: { id: string; title: string; rows: Array<[string, { warn: number; alert: number }]>; link: (key: string) => string; label: (key: string) => string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-2 text-lg font-semibold">{title}</h2>
      <table className="w-full text-left text-sm">
        <thead><tr><th scope="col" className="py-1">{title}</th><th scope="col">{m.lateCount}</th><th scope="col">{m.veryLateCount}</th></tr></thead>
        <tbody>
          {rows.map(([key, counts]) => (
            <tr key={key} className="border-t border-slate-200" data-testid="aging-group">
              <td className="py-1"><Link className="text-blue-800 underline" href={link(key)}>{label(key)}</Link></td>
              <td className="tabular-nums">{counts.warn}</td>
              <td className="tabular-nums font-semibold text-red-800">{counts.alert}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default async function AgingPage() {
  const user = await requirePageUser("manager:view");
  const { aging } = config();
  const report = await agingReport((await userCentre(user)).db, aging);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">{m.agingTitle}</h1>
      <p className="text-slate-700">{m.agingIntro(aging.warnDays, aging.alertDays)}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <CountTable id="aging-by-phase" title={m.byPhase} rows={report.byPhase} link={(id) => `/dossiers?phase=${id}&sort=stale`} label={(id) => PHASES.find((p) => p.id === id)?.label ?? id} />
        <CountTable id="aging-by-reseller" title={m.byReseller} rows={report.byReseller} link={(code) => `/dossiers?reseller=${encodeURIComponent(code)}&sort=stale`} label={(code) => code} />
      </div>
      <section aria-labelledby="late-list">
        <h2 id="late-list" className="mb-2 text-lg font-semibold">{m.lateList}</h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {report.late.slice(0, 500).map((row) => (
            <li key={row.demandNumber} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm" data-testid="late-dossier">
              <Link className="font-mono font-semibold text-blue-800 underline" href={`/dossiers/${encodeURIComponent(row.demandNumber)}`}>{row.demandNumber}</Link>
              <StatusBadge code={row.statusCode} />
              <span>{row.resellerCode} · {row.brand}</span>
              <AgingFlag days={row.days} level={row.level} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
