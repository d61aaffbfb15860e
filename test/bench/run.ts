// Benchmarks: `npm run bench` (= tsx test/bench/run.ts) prints one JSON line per case on stdout,
// e.g. {"case":"autosave","p50_ms":0.9,"p99_ms":2.1,"target_p99_ms":5,"ok":true}; progress goes to
// stderr. The exit code is 1 if any case misses its target or throws.
//
//   npm run bench                   every case
//   npm run bench -- autosave open  only cases whose name contains one of the words
//   npm run bench -- --runs 3 ui    each case 3 times: every run's lines on stderr, then one line
//                                   per measurement on stdout with the median of each number and
//                                   "ok" when the majority of runs met the target
//
// Adding a case: create test/bench/cases/<name>.ts exporting
//
//   export const benchCase: BenchCase = {
//     name: 'export',
//     description: 'export of a 20,000-character report; target p99 ≤ … ms',
//     async run(ctx) { …; return { case: 'export', p50_ms, p99_ms, target_p99_ms, ok: p99_ms <= target_p99_ms }; },
//   };
//
// (or `benchCases: BenchCase[]`). Files run in name order. `ctx.tempDir()` gives a throwaway folder,
// `ctx.cacheDir` (.bench/, git-ignored) keeps expensive fixtures between runs — key their folder by
// a version string; fixture.ts has the big 10-year database, stats.ts percentiles. A case may
// import from elsewhere in test/bench (e.g. checks.bench.ts) and from test/helpers, but not from
// files that need vitest at import time (test/helpers/tempDir.ts does).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { medianResults } from './stats';
import type { BenchCase, BenchContext, BenchResult } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const casesDir = join(here, 'cases');

async function loadCases(): Promise<BenchCase[]> {
  const files = readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(casesDir, file)).href)) as { benchCase?: BenchCase; benchCases?: BenchCase[] };
    const found = [...(mod.benchCase ? [mod.benchCase] : []), ...(mod.benchCases ?? [])];
    if (found.length === 0) throw new Error(`test/bench/cases/${file} exports neither benchCase nor benchCases`);
    cases.push(...found);
  }
  return cases;
}

function parseArgs(args: readonly string[]): { filters: string[]; runs: number } {
  const filters: string[] = [];
  let runs = 1;
  for (let i = 0; i < args.length; i++) {
    const m = /^--runs(?:=(\d+))?$/u.exec(args[i]!);
    if (m) runs = Number(m[1] ?? args[++i]);
    else if (!args[i]!.startsWith('-')) filters.push(args[i]!);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return { filters, runs };
}

async function main(): Promise<number> {
  const { filters, runs } = parseArgs(process.argv.slice(2));
  const all = await loadCases();
  const selected = filters.length ? all.filter((c) => filters.some((f) => c.name.includes(f))) : all;
  if (selected.length === 0) {
    process.stderr.write(`no case matches ${filters.join(' ')}; cases: ${all.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  const temps: string[] = [];
  const cacheDir = join(repoRoot, '.bench');
  mkdirSync(cacheDir, { recursive: true });
  const ctx: BenchContext = {
    repoRoot,
    cacheDir,
    tempDir(label = '年报 基准') {
      const dir = mkdtempSync(join(tmpdir(), `${label} `));
      temps.push(dir);
      return dir;
    },
    log: (message) => process.stderr.write(`[bench] ${message}\n`),
  };
  let failed = 0;
  try {
    for (const c of selected) {
      ctx.log(`${c.name}: ${c.description}`);
      const started = performance.now();
      const perRun: BenchResult[][] = [];
      for (let k = 1; k <= runs; k++) {
        let results: BenchResult[];
        try {
          const out = await c.run(ctx);
          results = Array.isArray(out) ? out : [out];
        } catch (err) {
          results = [{ case: c.name, ok: false, error: err instanceof Error ? err.message : String(err) }];
        }
        if (runs > 1) for (const r of results) ctx.log(`run ${k}/${runs} ${JSON.stringify(r)}`);
        perRun.push(results);
        while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
      }
      for (const r of runs > 1 ? medianResults(perRun) : perRun[0]!) {
        if (!r.ok) failed++;
        process.stdout.write(`${JSON.stringify(r)}\n`);
      }
      ctx.log(`${c.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
