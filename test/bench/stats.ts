// Percentiles of latency samples, and the slowest of a run of refusals, rounded for printing;
// medians over repeated runs.
import type { BenchResult } from './types';

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export const round = (ms: number, digits = 3) => Number(ms.toFixed(digits));

export function latencySummary(samples: readonly number[]) {
  return {
    n: samples.length,
    p50_ms: round(percentile(samples, 50)),
    p99_ms: round(percentile(samples, 99)),
    max_ms: round(Math.max(...samples)),
  };
}

/** Times a synchronous call in milliseconds. */
export function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Hostile inputs offered one at a time (each attempt says whether it was accepted): none may be,
 *  and the slowest refusal must stay within `targetMaxMs`. */
export async function refusalResult(name: string, attempts: ReadonlyArray<readonly [file: string, attempt: () => Promise<boolean>]>, targetMaxMs: number): Promise<BenchResult> {
  let slowest = { file: '', ms: 0 };
  let accepted = 0;
  for (const [file, attempt] of attempts) {
    const start = performance.now();
    if (await attempt()) accepted++;
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { file, ms };
  }
  return {
    case: name,
    files: attempts.length,
    accepted,
    slowest_file: slowest.file,
    slowest_ms: Math.round(slowest.ms),
    target_max_ms: targetMaxMs,
    ok: accepted === 0 && slowest.ms <= targetMaxMs,
  };
}

/** One line per measurement over several runs: numbers as medians, ok when most runs were ok. */
export function medianResults(runs: readonly BenchResult[][]): BenchResult[] {
  const byCase = new Map<string, BenchResult[]>();
  for (const run of runs) for (const r of run) byCase.set(r.case, [...(byCase.get(r.case) ?? []), r]);
  return [...byCase.entries()].map(([name, list]) => {
    const out: BenchResult = { ...list[0]!, case: name, runs: list.length };
    for (const [key, value] of Object.entries(list[0]!)) {
      if (typeof value !== 'number') continue;
      const values = list.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
      out[key] = median(values);
    }
    out.ok = list.filter((r) => r.ok).length * 2 > list.length;
    return out;
  });
}
