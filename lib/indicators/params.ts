// The month choices of /indicateurs and the query string that carries the page's filters to its links.
import { parisMonthOf } from "@/lib/calendar/working-days";
import type { IndicatorFilters } from "./figures";

/** The last 13 months, newest first: a year back and the same month of the year before. */
export function recentMonths(now: Date): string[] {
  const [y, m] = parisMonthOf(now).split("-").map(Number) as [number, number];
  return Array.from({ length: 13 }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

export function indicatorQuery(filters: IndicatorFilters & { month: string }, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}
