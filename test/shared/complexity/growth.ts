// How a function's cost grows with its input, judged by a ratio, never by a time limit, and
// measured so that a busy machine does not decide:
//  - CPU time of this process (process.cpuUsage), not wall time: other processes on a loaded
//    machine take the CPU away but do not add to it;
//  - the same number of calls at n and at 4n, that number chosen so the calls at n take long
//    enough for the clock not to decide;
//  - the fastest of interleaved rounds, so a garbage collection or a burst of cache contention
//    hits both sizes alike and is then left out; a ratio over the bound is measured again;
//  - sizes of 8,192 and 32,768 characters: linear code then takes 4× at 4n (n·log n a little
//    more) while quadratic code takes 16×, and a failing case still ends in seconds.

/** A ratio of 2.5 per doubling (the bound) over two doublings: linear is 4, quadratic 16. */
export const MAX_RATIO = 2.5 * 2.5;
/** The smaller size; 4n is the larger. */
export const N = 8_192;
/** The calls at n together take at least this much CPU time. */
const MIN_MS = 10;
/** A call at 4n faster than this is linear enough: see measureGrowth. */
const FLOOR_MS = 15;
/** Interleaved rounds, and the most when a ratio over the bound is measured again. */
const ROUNDS = 2;
const MAX_ROUNDS = 7;

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
  calls: number;
  t1: number;
  t4: number;
  ratio: number;
}

function timedCalls<I>(subject: Subject<I>, input: I, calls: number): number {
  return cpuMs(() => {
    for (let k = 0; k < calls; k++) subject.run(input);
  });
}

/**
 * Cost of the same number of calls at n and 4n of `subject` on the texts `shape` makes. One call
 * at each size screens first: a pair whose single calls already grow within the bound (with the
 * call at n long enough to judge), or whose call at 4n takes under FLOOR_MS — it cannot be
 * quadratic then, 16× the cost at n²/16 would take seconds — passes. Only the rest are measured
 * carefully. The floor only ever passes a pair, never fails it.
 */
export function measureGrowth<I>(subject: Subject<I>, shape: (n: number) => string): Growth {
  const small = subject.prepare(shape(N));
  const big = subject.prepare(shape(4 * N));
  subject.run(small); // JIT warm-up
  const screen = { calls: 1, t1: timedCalls(subject, small, 1), t4: timedCalls(subject, big, 1) };
  if (screen.t4 < FLOOR_MS) return { ...screen, ratio: 0 };
  if (screen.t1 >= MIN_MS && screen.t4 / screen.t1 <= MAX_RATIO) return { ...screen, ratio: screen.t4 / screen.t1 };
  let calls = 1;
  // The faster of two timings: the first calls at a size may still be compiling or collecting.
  const calibrate = () => Math.min(timedCalls(subject, small, calls), timedCalls(subject, small, calls));
  while (calibrate() < MIN_MS && calls < 4096) calls *= 4;
  let t1 = Number.POSITIVE_INFINITY;
  let t4 = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS || (t4 / t1 > MAX_RATIO && round < MAX_ROUNDS); round++) {
    t1 = Math.min(t1, timedCalls(subject, small, calls));
    t4 = Math.min(t4, timedCalls(subject, big, calls));
  }
  return { calls, t1, t4, ratio: t4 / t1 };
}

export function describeGrowth(name: string, g: Growth): string {
  return `${name}: ${g.calls} call(s) at n=${N} ${g.t1.toFixed(1)} ms → 4n ${g.t4.toFixed(1)} ms (×${g.ratio.toFixed(1)})`;
}

/**
 * The pairs of `subject` × `shapes` that grow faster than the bound. A pair over it is measured
 * twice more from scratch and counts only if every measurement is over: a burst of load can
 * double one timing, while quadratic code is over the bound every time (16× against 6.25×).
 */
export function slowPairs(subject: Subject<unknown>, shapes: Record<string, (n: number) => string>): string[] {
  const slow: string[] = [];
  for (const [shape, make] of Object.entries(shapes)) {
    let g = measureGrowth(subject, make);
    for (let again = 0; again < 2 && g.ratio > MAX_RATIO; again++) g = measureGrowth(subject, make);
    if (g.ratio > MAX_RATIO) slow.push(describeGrowth(shape, g));
  }
  return slow;
}
