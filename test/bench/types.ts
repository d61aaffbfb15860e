// What a benchmark case is. Each file in test/bench/cases/ exports `benchCase` (or `benchCases`);
// run.ts finds them, runs them in file-name order and prints each result as one JSON line.

export interface BenchResult {
  /** The case's name, first key of the printed line. */
  case: string;
  /** Whether the measured numbers meet the case's target. */
  ok: boolean;
  [metric: string]: unknown;
}

export interface BenchContext {
  /** The repository root. */
  repoRoot: string;
  /** `<repo>/.bench`, git-ignored: fixtures cached between runs. */
  cacheDir: string;
  /** A fresh temp folder (Chinese and a space in its name, like users' paths), removed after the run. */
  tempDir(label?: string): string;
  /** Progress for humans, on stderr (stdout carries only the JSON lines). */
  log(message: string): void;
}

export interface BenchCase {
  name: string;
  /** One line: what is measured and against which target. */
  description: string;
  run(ctx: BenchContext): Promise<BenchResult | BenchResult[]>;
}
