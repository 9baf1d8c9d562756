// Small helpers for the benchmarks: timing, percentiles, a table on stdout.

export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export async function sample(count: number, fn: (i: number) => Promise<unknown> | unknown): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push((await time(() => fn(i))).ms);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export interface Figure {
  what: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export function printFigures(title: string, figures: Figure[]) {
  console.log(`\n## ${title}\n`);
  console.log("| mesure | valeur | objectif |");
  console.log("| --- | --- | --- |");
  for (const f of figures) console.log(`| ${f.what} | ${f.value} | ${f.target ? `${f.target} ${f.ok === undefined ? "" : f.ok ? "✓" : "✗"}` : ""} |`);
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
