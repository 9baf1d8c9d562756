import Link from "next/link";
import { formatDate } from "@/lib/format";
import { frHistory } from "@/lib/i18n/fr-history";
import { STATUS_WORDS } from "@/lib/i18n/vocabulary";

const WORDS = STATUS_WORDS as Record<string, string>;

export interface PastDossierView {
  demandNumber: string;
  statusCode: string;
  createdAt: Date | null;
  returnedAt: Date | null;
  outcome: string | null;
  by: string;
}

/** The same product's other dossiers, newest first: when each opened, how it ended, when it went back. */
export function ProductHistory({ history }: { history: PastDossierView[] }) {
  if (!history.length) return <p className="text-sm text-slate-700">{frHistory.empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm" data-testid="product-history">
      {history.map((h) => (
        <li key={h.demandNumber} className="space-y-0.5 p-3">
          <Link className="font-mono font-medium text-blue-800 underline" href={`/dossiers/${encodeURIComponent(h.demandNumber)}`}>{h.demandNumber}</Link>
          <p>
            {[frHistory.by[h.by], WORDS[h.statusCode] ? `${WORDS[h.statusCode]} (${h.statusCode})` : h.statusCode, h.createdAt && frHistory.opened(formatDate(h.createdAt)), h.outcome && frHistory.outcomes[h.outcome], h.returnedAt && frHistory.returned(formatDate(h.returnedAt))].filter(Boolean).join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
