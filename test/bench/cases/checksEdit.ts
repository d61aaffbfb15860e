// 审校 after one edit, as the worker runs it while the user types: the report checked again with one
// character typed into its longest section, by a kept checker (storedReportChecks, which re-reads
// only the edited section) and from scratch (checkStoredReport, what every run cost before).
// Measured on the UI benchmark's reports: 20,000 characters over twelve sections, and one section
// of 50,000 (there the edited section is the whole text, so keeping the others saves nothing).
// The two runs alternate, so load on the machine weighs on both alike.
import { join } from 'node:path';
import { checkStoredReport, storedReportChecks, type CheckRules } from '../../../shared/checks';
import type { Report } from '../../../shared/types';
import { loadCheckRules } from '../../../electron/services/checks/rules';
import { shippedTemplate } from '../../helpers/seedReports';
import { BIG_REPORT_CHARS, longSectionReport } from '../ui/fixture';
import { benchImportReport } from './import';
import { latencySummary, timed } from '../stats';
import type { BenchCase, BenchResult } from '../types';

/** Kept-checker p99 after one edit in the 20,000-character report: a fraction of a full run (≤ 30 ms). */
const TARGET_P99_MS = 10;

function typedInto(report: Report, sectionId: number, at: number, text: string): Report {
  return { ...report, sections: report.sections.map((s) => (s.id === sectionId ? { ...s, body: s.body.slice(0, at) + text + s.body.slice(at) } : s)) };
}

function measure(name: string, report: Report, rules: CheckRules, target: number | null): BenchResult {
  const longest = report.sections.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const kept = storedReportChecks();
  const runs = Number(process.env.BENCH_CHECK_RUNS ?? 200);
  const typed = '依法行政，全年办理案件120件。';
  const edits = Array.from({ length: runs + 20 }, (_, i) => typedInto(report, longest.id, Math.floor(longest.body.length / 2), typed.repeat(1 + (i >> 4)).slice(0, i + 1)));
  // Warm up both paths, as a live editor session would be.
  for (const r of edits.slice(0, 20)) {
    kept(r, rules);
    checkStoredReport(r, rules);
  }
  const incremental: number[] = [];
  const scratch: number[] = [];
  let same = true;
  for (const r of edits.slice(20)) {
    // The kept checker last saw the text one key before this one.
    let a: unknown;
    incremental.push(timed(() => (a = kept(r, rules))));
    let b: unknown;
    scratch.push(timed(() => (b = checkStoredReport(r, rules))));
    same &&= JSON.stringify(a) === JSON.stringify(b);
  }
  const inc = latencySummary(incremental);
  const full = latencySummary(scratch);
  const chars = report.sections.reduce((n, s) => n + s.body.length, 0);
  return {
    case: name,
    chars,
    edited_section_chars: longest.body.length,
    n: inc.n,
    kept_p50_ms: inc.p50_ms,
    kept_p99_ms: inc.p99_ms,
    scratch_p50_ms: full.p50_ms,
    scratch_p99_ms: full.p99_ms,
    same_findings: same,
    ...(target === null ? {} : { target_p99_ms: target }),
    ok: same && (target === null || inc.p99_ms <= target),
  };
}

export const benchCase: BenchCase = {
  name: 'checks-edit',
  description: `审校 re-run after one edit (kept checker vs from scratch), 20,000-character report: kept p99 ≤ ${TARGET_P99_MS} ms; and a 50,000-character section`,
  async run(ctx) {
    const { problems, ...data } = loadCheckRules(join(ctx.repoRoot, 'resources', 'rules'));
    if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
    const big = benchImportReport(BIG_REPORT_CHARS);
    const long = longSectionReport();
    return [
      measure('checks-edit', big, { ...data, template: shippedTemplate(big.templateId) }, TARGET_P99_MS),
      measure('checks-edit-50k-section', long, { ...data, template: shippedTemplate(long.templateId) }, null),
    ];
  },
};
