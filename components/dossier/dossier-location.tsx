import { formatDateTime } from "@/lib/format";
import { frLocations } from "@/lib/i18n/fr-locations";

const t = frLocations.dossier;

/** Where the product sits, and every move it made between places. */
export function DossierLocation({ place, moves, people }: { place: { code: string; label: string } | null; moves: Array<{ at: Date; from: string | null; to: string | null; reason: string; userId: number | null }>; people: Map<number, string> }) {
  return (
    <div className="mt-2 text-sm" data-testid="dossier-location">
      <span className="font-medium">{t.title} : </span>
      {place ? <span><span className="font-mono font-semibold">{place.code}</span> — {place.label}</span> : <span>{t.none}</span>}
      {moves.length > 0 && (
        <details className="mt-1">
          <summary className="inline-target cursor-pointer text-blue-800 underline">{`${t.moves} (${moves.length})`}</summary>
          <ul className="mt-1 space-y-0.5" data-testid="location-moves">
            {moves.map((m, i) => (
              <li key={i}>{`${t.move(m.from, m.to, m.userId ? people.get(m.userId) ?? null : null, formatDateTime(m.at))} — ${t.reasons[m.reason] ?? m.reason}`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
