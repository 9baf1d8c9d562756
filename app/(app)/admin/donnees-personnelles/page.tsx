import type { Metadata } from "next";
import { ErasePersonButton } from "@/components/admin/erase-person-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { frPrivacy } from "@/lib/i18n/fr-privacy";
import { findPerson, personQuery } from "@/lib/privacy/person";
import { userCentre } from "@/lib/tenancy/user-centre";

export const metadata: Metadata = { title: frPrivacy.title };

const t = frPrivacy.search;

export default async function PersonalDataPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requirePageUser("privacy:manage");
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const parsed = q ? personQuery.safeParse({ q }) : null;
  const found = parsed?.success ? await findPerson((await userCentre(user)).db, parsed.data.q) : null;
  const link = (format: "json" | "csv") => `/api/donnees-personnelles?${new URLSearchParams({ q: parsed?.success ? parsed.data.q : "", format })}`;
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{frPrivacy.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{frPrivacy.intro}</p>
      </div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="person-q" className="block text-sm font-medium">{t.label}</label>
          <input id="person-q" name="q" className="input mt-1 w-80" defaultValue={q} aria-invalid={parsed?.success === false} aria-describedby="person-q-error" autoComplete="off" />
          {parsed && !parsed.success && <p id="person-q-error" role="alert" className="field-error">⚠ {parsed.error.issues[0]?.message}</p>}
        </div>
        <button type="submit" className="btn-primary">{t.submit}</button>
      </form>
      {found && (
        <section aria-labelledby="person-found" className="space-y-3">
          <h2 id="person-found" className="text-lg font-semibold">{found.length ? t.found(found.length) : t.none}</h2>
          {found.length > 0 && (
            <>
              <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="w-full text-sm">
                  <thead className="bg-slate-50 text-left">
                    <tr>{Object.values(t.columns).map((c) => <th key={c} scope="col" className="px-3 py-2">{c}</th>)}</tr>
                  </thead>
                  <tbody>
                    {found.map((d) => (
                      <tr key={d.demandNumber} className="border-t border-slate-100" data-testid="person-dossier">
                        <td className="px-3 py-2"><a className="underline" href={`/dossiers/${encodeURIComponent(d.demandNumber)}`}>{d.demandNumber}</a></td>
                        <td className="px-3 py-2">{d.clientName}{d.pseudonymised && <span className="ml-1 text-slate-600">({t.already})</span>}</td>
                        <td className="px-3 py-2">{d.clientMail}</td>
                        <td className="px-3 py-2">{d.clientPhone}</td>
                        <td className="px-3 py-2">{d.statusCode}</td>
                        <td className="px-3 py-2">{d.notes.length}</td>
                        <td className="px-3 py-2">{d.files.length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="flex flex-wrap gap-2">
                <a className="btn-secondary" href={link("json")} download>{t.exportJson}</a>
                <a className="btn-secondary" href={link("csv")} download>{t.exportCsv}</a>
                <ErasePersonButton q={parsed!.success ? parsed!.data.q : ""} count={found.filter((d) => !d.pseudonymised).length} />
              </div>
            </>
          )}
          <p className="max-w-3xl text-sm text-slate-700" role="note">{frPrivacy.platformNotice}</p>
        </section>
      )}
    </main>
  );
}
