import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { exactMatch, searchDossiers } from "@/lib/dossiers/search";
import { fr } from "@/lib/i18n/fr";
import { LOCATION_CODE, locationByCode, normaliseCode } from "@/lib/locations/places";

export const metadata: Metadata = { title: fr.search.title };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requirePageUser("dossiers:read");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const database = (await userCentre(user)).db;
  // Both at once: a scan that names one dossier opens it, anything else lists the matches.
  const [exact, hits, place] = await Promise.all([
    exactMatch(database, q),
    q.trim() ? searchDossiers(database, q) : [],
    LOCATION_CODE.test(normaliseCode(q)) ? locationByCode(database, q) : undefined,
  ]);
  if (exact) redirect(`/dossiers/${encodeURIComponent(exact)}`);
  // A place's code (a shelf's label scanned, or typed): what is on it, in the queue.
  if (place) redirect(`/dossiers?location=${encodeURIComponent(place.code)}`);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">{fr.search.title}</h1>
      {!q.trim() ? (
        <p>{fr.search.empty}</p>
      ) : hits.length === 0 ? (
        <p role="status">{fr.search.none(q)}</p>
      ) : (
        <>
          <p role="status">{fr.search.results(hits.length, q)}</p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {hits.map((hit) => (
              <li key={hit.demandNumber} className="flex flex-wrap items-center gap-3 px-3 py-2" data-testid="search-hit">
                <Link href={`/dossiers/${encodeURIComponent(hit.demandNumber)}`} className="font-mono font-semibold text-blue-800 underline">
                  {hit.demandNumber}
                </Link>
                <StatusBadge code={hit.statusCode} />
                <span>{hit.brand} {hit.partNumber}</span>
                <span className="text-slate-700">{hit.clientName}</span>
                <span className="font-mono text-xs text-slate-600">{hit.serialNumber}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
