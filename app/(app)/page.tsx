import { requirePageUser } from "@/lib/auth/current-user";
import { fr } from "@/lib/i18n/fr";
import { STATUS_CODES, STATUS_LABELS } from "@/lib/rma/constants";

// Holding page until the queues land: says what Atelier is and lists the platform's vocabulary.
export default async function HomePage() {
  await requirePageUser("dossiers:read");
  return (
    <main className="max-w-3xl">
      <h1 className="text-3xl font-semibold">{fr.home.title}</h1>
      <p className="mt-2 text-slate-700">{fr.home.intro}</p>
      <h2 className="mt-8 text-xl font-semibold">{fr.home.statusesTitle}</h2>
      <ul className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
        {STATUS_CODES.map((code) => (
          <li key={code}>
            <code className="rounded bg-slate-200 px-1 font-mono text-sm">{code}</code> {STATUS_LABELS[code]}
          </li>
        ))}
      </ul>
    </main>
  );
}
