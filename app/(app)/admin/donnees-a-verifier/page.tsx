import type { Metadata } from "next";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { formatDateTime } from "@/lib/format";
import { fr } from "@/lib/i18n/fr";
import { frQuarantine } from "@/lib/i18n/fr-quarantine";
import { failingStatuses, listQuarantine } from "@/lib/sync/quarantine";

export const metadata: Metadata = { title: frQuarantine.title };

const t = frQuarantine;

export default async function ReviewPage() {
  const user = await requirePageUser("platform:review");
  const database = (await userCentre(user)).db;
  const [failing, rows] = await Promise.all([failingStatuses(database), listQuarantine(database)]);
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t.intro}</p>
      </div>
      <section aria-labelledby="failing" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="failing" className="mb-2 text-lg font-semibold">{t.failingTitle}</h2>
        {failing.length === 0 ? (
          <p className="text-sm">✓ {t.noFailing}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="failing-statuses">
            {failing.map((f) => (
              <li key={f.status}>
                ⚠ {fr.sync.failure({ status: f.status, kind: f.kind ?? "internal", httpStatus: f.httpStatus, field: f.field, nonJson: f.nonJson })}
                {f.at && <span className="text-slate-600"> · {t.columns.since} {formatDateTime(f.at)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="quarantine">
        <h2 id="quarantine" className="mb-2 text-lg font-semibold">{t.quarantineTitle} ({rows.length})</h2>
        {rows.length === 0 ? (
          <p className="text-sm">{t.empty}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  {[t.columns.status, t.columns.number, t.columns.field, t.columns.reason, t.columns.seen, t.columns.raw].map((c) => (
                    <th key={c} scope="col" className="p-2">{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-200 align-top" data-testid="quarantine-row">
                    <td className="p-2"><StatusBadge code={row.source} compact /></td>
                    <td className="p-2 font-mono">{row.demandNumber ?? <em>{t.noNumber}</em>}</td>
                    <td className="p-2 font-mono">{row.field || "—"}</td>
                    <td className="p-2">{row.reason}</td>
                    <td className="p-2 whitespace-nowrap">{t.seen(formatDateTime(row.firstSeenAt), formatDateTime(row.lastSeenAt))}</td>
                    <td className="p-2">
                      <details>
                        <summary className="touch-target inline-flex cursor-pointer items-center text-blue-800 underline">{t.showRaw}</summary>
                        {/* Shown as text: React escapes it, whatever the platform put inside. */}
                        <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{row.raw}</pre>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
