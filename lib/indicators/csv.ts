import "server-only";
// /api/indicateurs.csv: the page's table, one line a group and the total, for a French spreadsheet.
import { toCsv } from "@/lib/activity/csv";
import { frIndicators } from "@/lib/i18n/fr-indicators";
import type { GroupFigures, Indicators } from "./figures";

const t = frIndicators;
const decimal = (v: number | null) => (v === null ? "" : v.toLocaleString("fr-FR", { maximumFractionDigits: 1, useGrouping: false }));

export function indicatorsCsv(figures: Indicators, groupLabel: string): string {
  const c = t.columns;
  const line = (g: GroupFigures, key: string) => [
    figures.month,
    key,
    g.counts.received,
    g.counts.returned,
    decimal(g.turnaround.median),
    decimal(g.turnaround.p90),
    g.counts.inTime,
    g.counts.inTime + g.counts.late,
    g.counts.repaired,
    g.counts.irreparable,
    g.counts.replaced,
    g.counts.commercial,
    g.counts.destroyed,
    g.counts.quotesAccepted,
    g.counts.quotesAnswered,
    decimal(g.answerHours.median),
    g.counts.repeats,
  ];
  return toCsv(
    [t.filters.month, groupLabel, c.received, c.returned, c.median, c.p90, c.inTime, t.figures.inTime + " / " + t.figures.returned, c.repaired, c.irreparable, c.replaced, c.commercial, c.destroyed, c.quotes, t.figures.quotesAnswered, c.answerHours, c.repeats],
    [...figures.groups.map((g) => line(g, g.key)), line(figures.total, t.total)],
  );
}
