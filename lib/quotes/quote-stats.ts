// The managers' figures on quotes: pure, from the rows the quote view lists.

export interface QuoteFacts {
  totalCents: number;
  sentAt: Date;
  answer: "VDE" | "RDE" | null;
  answeredAt: Date | null;
}

export interface QuoteStats {
  sent: number;
  answered: number;
  accepted: number;
  /** Accepted among answered, 0..1; null when none was answered. */
  acceptanceRate: number | null;
  amountAcceptedCents: number;
  /** Median hours from sending to the reseller's answer; null when none was answered. */
  medianHoursToAnswer: number | null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const hoursBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

export function quoteStats(rows: QuoteFacts[]): QuoteStats {
  const answered = rows.filter((r) => r.answer && r.answeredAt);
  const accepted = answered.filter((r) => r.answer === "VDE");
  return {
    sent: rows.length,
    answered: answered.length,
    accepted: accepted.length,
    acceptanceRate: answered.length ? accepted.length / answered.length : null,
    amountAcceptedCents: accepted.reduce((sum, r) => sum + r.totalCents, 0),
    medianHoursToAnswer: median(answered.map((r) => hoursBetween(r.sentAt, r.answeredAt!))),
  };
}

/** Quotes sent and accepted per ISO week (Monday), oldest first, for the chart. */
export function weeklySeries(rows: QuoteFacts[]): Array<{ week: string; sent: number; accepted: number; refused: number }> {
  const weeks = new Map<string, { sent: number; accepted: number; refused: number }>();
  for (const row of rows) {
    const monday = new Date(row.sentAt);
    monday.setHours(0, 0, 0, 0);
    monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
    const key = monday.toISOString().slice(0, 10);
    const week = weeks.get(key) ?? { sent: 0, accepted: 0, refused: 0 };
    week.sent++;
    if (row.answer === "VDE") week.accepted++;
    if (row.answer === "RDE") week.refused++;
    weeks.set(key, week);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, v]) => ({ week, ...v }));
}
