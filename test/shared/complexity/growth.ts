// How a function's cost grows with its input, measured so that a busy machine does not decide:
//  - CPU time of this process (process.cpuUsage), not wall time: other processes on a loaded
//    machine take the CPU away but do not add to it;
//  - the fastest of several runs, interleaved between the two sizes, so a garbage collection or
//    a burst of cache contention hits both alike and is then left out;
//  - n and 4n, with n grown until one run takes long enough that the clock and the JIT do not
//    decide: linear code takes 4× (n·log n a little more), quadratic code 16×;
//  - a ratio over the bound is measured again before it counts.

/** A ratio of 2.5 per doubling, the bound, over two doublings. */
export const MAX_RATIO = 2.5 * 2.5;
/** Runs shorter than this (CPU ms) at n are too short to judge; n grows until one takes this long. */
const MIN_MS = 12;
/** Times at 4n below this are fast whatever the ratio: nothing to judge. */
const FLOOR_MS = 30;
const START_N = 4096;
/** The largest n tried (4n is then 2 million characters, the longest text an import accepts). */
export const MAX_N = 524_288;

export function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface Subject<I> {
  /** Builds the input from the text, outside the timed part. */
  prepare: (text: string) => I;
  run: (input: I) => unknown;
}

export interface Growth {
  n: number;
  t1: number;
  t4: number;
  ratio: number;
}

function fastest<I>(subject: Subject<I>, input: I, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) best = Math.min(best, cpuMs(() => subject.run(input)));
  return best;
}

/** Cost at n and 4n of `subject` on the texts `shape` makes. */
export function measureGrowth<I>(subject: Subject<I>, shape: (n: number) => string): Growth {
  let n = START_N;
  let input = subject.prepare(shape(n));
  subject.run(input); // JIT warm-up
  while (fastest(subject, input, 2) < MIN_MS && n < MAX_N) {
    n *= 4;
    input = subject.prepare(shape(n));
  }
  const big = subject.prepare(shape(4 * n));
  let t1 = Number.POSITIVE_INFINITY;
  let t4 = Number.POSITIVE_INFINITY;
  const ratio = () => (t4 < FLOOR_MS ? 0 : t4 / Math.max(t1, MIN_MS / 4));
  for (let round = 0; round < 3 || (ratio() > MAX_RATIO && round < 7); round++) {
    t1 = Math.min(t1, fastest(subject, input, 1));
    t4 = Math.min(t4, fastest(subject, big, 1));
  }
  return { n, t1, t4, ratio: ratio() };
}

export function describeGrowth(name: string, g: Growth): string {
  return `${name}: n=${g.n} ${g.t1.toFixed(1)} ms → 4n ${g.t4.toFixed(1)} ms (×${g.ratio.toFixed(1)})`;
}
