// 审校: every rule over a 20,000-character report built from the five seeds (checks.bench.ts), with
// the shipped rule files loaded the way the app loads them. Runs on every keystroke in the workspace.
import { join } from 'node:path';
import { runChecks } from '../../../shared/checks';
import { loadCheckRules } from '../../../electron/services/checks/rules';
import { buildBenchReport } from '../checks.bench';
import { latencySummary, timed } from '../stats';
import type { BenchCase } from '../types';

const TARGET_P99_MS = 30;

export const benchCase: BenchCase = {
  name: 'checks',
  description: `runChecks (all rules) over a 20,000-character report; target p99 ≤ ${TARGET_P99_MS} ms`,
  async run(ctx) {
    const rules = loadCheckRules(join(ctx.repoRoot, 'resources', 'rules'));
    if (rules.problems.length > 0) throw new Error(rules.problems.map((p) => p.message).join('\n'));
    const report = buildBenchReport();
    const chars = report.sections.reduce((n, s) => n + s.body.length, report.opening?.length ?? 0);
    const options = { terms: rules.terms, titles: rules.titles, lexicon: rules.lexicon };
    // Warm up the JIT, as a live editor session would be.
    for (let i = 0; i < 30; i++) runChecks(report, options);
    let findings = 0;
    const samples: number[] = [];
    const runs = Number(process.env.BENCH_CHECK_RUNS ?? 300);
    for (let i = 0; i < runs; i++) samples.push(timed(() => (findings = runChecks(report, options).length)));
    const summary = latencySummary(samples);
    return { case: 'checks', ...summary, target_p99_ms: TARGET_P99_MS, ok: summary.p99_ms <= TARGET_P99_MS, chars, findings };
  },
};
