// Benchmark case for the checks: all rules over a 20,000-character report built from the five
// seeds (as imported, then the pasted raw text of seed 000 so the punctuation rules have work).
// Target: ≤ 30 ms a run on the project machine. `npx tsx test/bench/checks.bench.ts` prints it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCheckRules } from '../../electron/services/checks/rules';
import { runChecks, toCheckReport, type CheckReport, type CheckSection } from '../../shared/checks';
import { SEED_COUNT, repoRoot, seedMappedReport, seedText } from '../helpers/seedReports';

export const BENCH_CHARS = 20_000;

function bodyChars(report: CheckReport): number {
  return report.sections.reduce((n, s) => n + s.body.length, report.opening?.length ?? 0);
}

/** Seed 000 as the frame; sections of the other seeds and raw seed lines added until 20,000. */
export function buildBenchReport(target = BENCH_CHARS): CheckReport {
  const report = toCheckReport(seedMappedReport(0));
  const extra: CheckSection[] = [];
  for (let i = 1; i < SEED_COUNT; i++) extra.push(...toCheckReport(seedMappedReport(i)).sections.filter((s) => s.body));
  const raw = seedText(0).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  extra.push({ id: 0, templateKey: null, title: '粘贴的原文', level: 2, body: raw.join('\n') });
  // Insert after the first part's heading, as level-2 sections of the achievements part.
  let nextId = 10_000;
  let k = 0;
  while (bodyChars(report) < target) {
    const s = extra[k % extra.length]!;
    report.sections.splice(1, 0, { ...s, id: nextId++, level: 2 });
    k++;
  }
  return report;
}

export interface BenchResult {
  chars: number;
  findings: number;
  runs: number;
  minMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function benchChecks(runs = 50): BenchResult {
  const { problems, ...options } = loadCheckRules(path.join(repoRoot, 'resources/rules'));
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  const report = buildBenchReport();
  // Warm up the JIT, as a live editor session would be.
  for (let i = 0; i < 20; i++) runChecks(report, options);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = runChecks(report, options).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 100) / 100;
  return { chars: bodyChars(report), findings, runs, minMs: at(0), medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(benchChecks(), null, 2));
}
