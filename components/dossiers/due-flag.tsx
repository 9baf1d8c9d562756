import type { DueState } from "@/lib/dossiers/due";
import { frQueue } from "@/lib/i18n/fr-queue";
import { WarningFlag } from "./warning-flag";

const t = frQueue.due;

/** A due time with its state written out (late, at risk), never by colour alone. */
export function DueFlag({ due }: { due: { text: string; state: DueState } | null }) {
  if (!due) return <span>{t.none}</span>;
  if (due.state === "ok") return <span>{due.text}</span>;
  const late = due.state === "late";
  return <WarningFlag severe={late} icon={late ? "alert" : "alarm"} text={due.text} note={late ? t.late : t.risk} />;
}
