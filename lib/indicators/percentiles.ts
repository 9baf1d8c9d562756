// Median and 90th percentile by nearest rank: a value that occurred, never an interpolation between two
// dossiers, which is what a manager can check by hand against the list.

/** From how many times each value occurred (value → count): a month's sums, not its dossiers. */
export function percentileOfCounts(counts: ReadonlyMap<number, number>, p: number): number | null {
  let total = 0;
  for (const n of counts.values()) total += n;
  if (!total) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const value of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(value)!;
    if (seen >= rank) return value;
  }
  return null;
}

/** From the values themselves. */
export function percentile(values: readonly number[], p: number): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return percentileOfCounts(counts, p);
}
