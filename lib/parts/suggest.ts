// The status a dossier's parts suggest: a part ordered, the dossier goes to CMDPART (Commande de pièce);
// every part in, back to REPPROG (Réparation en cours). Only where section 4's flow suggests that status:
// the platform's own rules (lib/workflows) stay the only gates, and nothing is sent without a click.
import type { PartState } from "@/db/schema/parts";
import { statusChoices, type DossierFacts, type LocalRecord } from "@/lib/workflows/transitions";

export function partsSuggestion(lines: Array<{ state: PartState }>, facts: DossierFacts, local: LocalRecord): "CMDPART" | "REPPROG" | null {
  const live = lines.filter((l) => l.state !== "cancelled" && l.state !== "returned");
  if (!live.length) return null;
  const { suggested } = statusChoices(facts, local);
  const due = live.some((l) => l.state === "to_order" || l.state === "ordered");
  if (live.some((l) => l.state === "ordered") && (suggested as string[]).includes("CMDPART")) return "CMDPART";
  if (!due && facts.statusCode === "CMDPART" && (suggested as string[]).includes("REPPROG")) return "REPPROG";
  return null;
}
