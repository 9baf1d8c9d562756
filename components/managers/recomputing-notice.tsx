import { frIndicators } from "@/lib/i18n/fr-indicators";

/** While the background pass rewrites every due time and figure after a rule changed (lib/dossiers/derived-pass.ts). */
export function RecomputingNotice({ pending }: { pending: boolean }) {
  if (!pending) return null;
  return (
    <p role="status" data-testid="recomputing" className="max-w-3xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
      {frIndicators.recomputing}
    </p>
  );
}
