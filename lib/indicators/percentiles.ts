// Median and 90th percentile by nearest rank: a value that occurred, never an interpolation between two
// dossiers, which is what a manager can check by hand against the list.
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}
