// Issue 11's bar, computed: every real-report corpus file and the five seeds go through the app as a
// user takes them (paste → import → 审校), and the findings are judged against the labels
// (truth.json, test/fixtures/checks/seedTruth.json). Recall over the labelled 错误/警告 defects of the
// kinds the issue names, precision over every 错误/警告 finding, nothing on sections the text never
// had. Prints the per-rule table (true / false / missed).
//
// The rules were written while reading the corpus and the seeds, so their rates say how well the
// rules fit what they were made from. The held-out reports (test/fixtures/checks/heldout) were
// found and labelled after the rules were written, before the app was run on them: their rates say
// how the rules do on reports nobody tuned them on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHeldOut, loadSeedTruth, type CheckTruth } from '../../helpers/checksTruth';
import { loadRealCorpus } from '../../helpers/realCorpus';
import { seedText } from '../../helpers/seedReports';
import { measureChecks, type CheckResult } from './checkMeasures';
import { openApp, type AppUnderTest } from './harness';
import { measureFile } from './measureFile';

/** The defect kinds issue 11 is about (its 「What it missed」 list and the arithmetic). */
const ISSUE_KINDS = new Set([
  'year-lost-nian', 'date-lost-mark', 'doc-title', 'doubled-char', 'confusable', 'stray-char', 'yu-small', 'space-in-text',
  'dunhao-between-marks', 'stale-term', 'party-prefix', 'web-debris', 'rate-mismatch', 'rate-impossible', 'sum-mismatch',
]);

/** Held-out files whose year the import proposed wrongly: the user corrects it when confirming. */
const yearsCorrected: string[] = [];

/**
 * A text labelled for 审校 alone, through the same calls as a corpus file. With `confirmYear` the
 * report year is the one a user confirms in the import dialog, so that a wrong guess of the import
 * (issue 10, measured on its corpus) does not turn every year in the text into a 审校 finding.
 */
async function measureText(app: AppUnderTest, truth: CheckTruth, text: string, label: string, confirmYear = false): Promise<CheckResult> {
  const preview = await app.call('previewImport', { text });
  if (confirmYear && preview.year !== truth.year) yearsCorrected.push(`${label}: ${preview.year ?? '—'} → ${truth.year}`);
  const report = await app.call('confirmImport', {
    previewId: preview.previewId,
    unit: { fullName: preview.unitName || '未识别单位', kind: preview.unitKind ?? 'township' },
    year: confirmYear ? truth.year : (preview.year ?? truth.year),
    templateId: preview.template.id,
    mapping: [],
  });
  const found = await app.call('checkReport', { id: report.id });
  return measureChecks({ ...truth, file: label, lastHeading: truth.lastHeading ?? null }, report, found.open);
}

interface Rates {
  recall: number;
  precision: number;
  onAddedSections: number;
  onNegatives: CheckResult['findings'];
  table: string;
}

const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;

function rates(title: string, results: readonly CheckResult[]): Rates {
  const defects = results.flatMap((x) => x.defects).filter((d) => d.defect.severity !== 'info');
  const inScope = defects.filter((d) => ISSUE_KINDS.has(d.defect.kind));
  const foundInScope = inScope.filter((d) => d.foundBy.length > 0);
  const all = results.flatMap((x) => x.findings);
  // Findings inside page debris the import left are the import's failure (issue 10), not scored.
  const scored = all.filter((f) => f.verdict !== 'debris');
  const right = scored.filter((f) => f.verdict === 'true');
  const rules = [...new Set(scored.map((f) => f.rule))].sort();
  const missed = new Map<string, number>();
  for (const d of defects) if (d.foundBy.length === 0) missed.set(d.defect.kind, (missed.get(d.defect.kind) ?? 0) + 1);
  const lines = [
    title,
    `recall, issue kinds: ${pct(foundInScope.length, inScope.length)}; all kinds: ${pct(defects.filter((d) => d.foundBy.length > 0).length, defects.length)}`,
    `precision over 错误/警告 findings: ${pct(right.length, scored.length)} (not scored, inside leftover page debris: ${all.length - scored.length})`,
    `findings on sections the text never had: ${all.filter((f) => f.onAddedSection).length}`,
    'rule                       true  false',
    ...rules.map((rule) => {
      const of = scored.filter((f) => f.rule === rule);
      return `  ${rule.padEnd(24)} ${String(of.filter((f) => f.verdict === 'true').length).padStart(4)}  ${String(of.filter((f) => f.verdict !== 'true').length).padStart(5)}`;
    }),
    'false findings:',
    ...scored.filter((f) => f.verdict !== 'true').map((f) => `  ${f.file}  ${f.rule}  「${f.text}」`),
    'missed labelled 错误/警告 defects:',
    ...defects.filter((d) => d.foundBy.length === 0).map((d) => `  ${d.file}  ${d.defect.kind}${ISSUE_KINDS.has(d.defect.kind) ? '' : ' (not an issue kind)'}  「${d.defect.span}」`),
  ];
  return {
    recall: foundInScope.length / Math.max(1, inScope.length),
    precision: right.length / Math.max(1, scored.length),
    onAddedSections: all.filter((f) => f.onAddedSection).length,
    onNegatives: scored.filter((f) => f.verdict === 'negative'),
    table: lines.join('\n'),
  };
}

let app: AppUnderTest;
const tuned: CheckResult[] = [];
const heldOut: CheckResult[] = [];

beforeAll(async () => {
  app = await openApp();
  for (const r of loadRealCorpus()) {
    const m = await measureFile(app, r);
    if (m.error) throw new Error(`${r.file}: ${m.error}`);
    tuned.push(m.checks!);
  }
  for (const seed of loadSeedTruth()) tuned.push(await measureText(app, seed, seedText(Number(seed.file)), `seed ${seed.file}`));
  for (const r of loadHeldOut()) heldOut.push(await measureText(app, r, r.text, r.file, true));
}, 240_000);
afterAll(async () => {
  await app.close();
});

describe('审校 on real reports', () => {
  it('on the corpus and the seeds: ≥ 85% of the labelled 错误/警告 defects of the issue\'s kinds found, ≥ 90% of the 错误/警告 findings right, none on sections the text never had', () => {
    const r = rates('corpus + seeds (the rules were written reading these)', tuned);
    console.log(r.table);
    expect(r.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.onAddedSections).toBe(0);
    // Nothing is said about a span a careful reader marked as right.
    expect(r.onNegatives).toEqual([]);
  });

  it('on the held-out reports: the same rates', () => {
    const r = rates('held out (labelled before the app was run on them)', heldOut);
    console.log(`${r.table}\nyear the import proposed, corrected as the user would: ${yearsCorrected.join('; ') || 'none'}`);
    expect(r.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.onAddedSections).toBe(0);
    // Findings on spans labelled right are in the false list above and count against precision; the
    // one known (101's slogan blank, its closing quote cut off by the excerpt) is not tuned away.
  });
});
