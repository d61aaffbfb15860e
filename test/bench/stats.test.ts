// The bench's arithmetic (not its timings): percentiles, and the one line printed per measurement
// over several runs.
import { describe, expect, it } from 'vitest';
import { medianResults, percentile } from './stats';

describe('bench stats', () => {
  it('nearest-rank percentiles', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });

  it('over several runs: the median of each number, ok when most runs were ok, per measurement', () => {
    const runs = [
      [{ case: 'a', ok: true, p95_ms: 40, budget_ms: 50, judged: 'p95' }, { case: 'b', ok: false, n: 3 }],
      [{ case: 'a', ok: false, p95_ms: 70, budget_ms: 50, judged: 'p95' }, { case: 'b', ok: false, n: 5 }],
      [{ case: 'a', ok: true, p95_ms: 45, budget_ms: 50, judged: 'p95' }, { case: 'b', ok: true, n: 4 }],
    ];
    expect(medianResults(runs)).toEqual([
      { case: 'a', ok: true, p95_ms: 45, budget_ms: 50, judged: 'p95', runs: 3 },
      { case: 'b', ok: false, n: 4, runs: 3 },
    ]);
  });
});
