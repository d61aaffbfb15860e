// All rules over the five seed reports: as imported (seedMappedReport, after the importer's
// punctuation and heading repairs) and as pasted (the raw lines, one body). Writes the count per
// rule per seed to test-results/checks-seeds.json and asserts the findings checks.md names.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, countBySeverity, runChecks, toCheckReport, type CheckReport, type Finding } from '../../../shared/checks';
import { SEED_COUNT, repoRoot, seedMappedReport } from '../../helpers/seedReports';
import { pointed, rawSeedReport, shippedRules } from './build';

const rules = shippedRules();
const SEEDS = Array.from({ length: SEED_COUNT }, (_, i) => i);
const YEARS = [2023, 2020, 2024, 2020, 2023];
// The pasted view has no parts or 落款 to speak of: only the text rules are counted there.
const REPORT_LEVEL = new Set(['part-missing', 'section-empty', 'section-short', 'signature-missing', 'date-missing', 'date-format', 'date-window']);

const imported = SEEDS.map((i) => {
  const report = toCheckReport(seedMappedReport(i));
  return { report, findings: runChecks(report, rules) };
});
const raw = SEEDS.map((i) => {
  const report = rawSeedReport(i, YEARS[i]!);
  return { report, findings: runChecks(report, rules).filter((f) => !REPORT_LEVEL.has(f.rule)) };
});

function table(runs: ReadonlyArray<{ findings: Finding[] }>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { id } of RULES) {
    const counts = runs.map((r) => r.findings.filter((f) => f.rule === id).length);
    if (counts.some((n) => n > 0)) out[id] = counts;
  }
  return out;
}

function texts(report: CheckReport, findings: Finding[], rule: string): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => pointed(report, f));
}

describe('the five seeds', () => {
  it('writes the per-rule, per-seed table', () => {
    const samples = [
      [0, 'rate-mismatch'], [0, 'unpaired-mark'], [0, 'nested-title-marks'], [0, 'stale-term'], [1, 'sum-mismatch'],
      [2, 'rate-impossible'], [2, 'repeated-sentence'], [2, 'line-break'], [3, 'date-lost-mark'], [3, 'enumeration-gap'],
    ] as const;
    const result = {
      seeds: ['000 盘龙 2023', '001 白沙 2020', '002 三星 2024', '003 浩口 2020', '004 苍溪局 2023'],
      imported: table(imported),
      importedBySeverity: imported.map((r) => countBySeverity(r.findings)),
      pasted: table(raw),
      samples: samples.map(([i, rule]) => {
        const { report, findings } = imported[i]!;
        const f = findings.find((x) => x.rule === rule)!;
        return { seed: i, rule, severity: f.severity, text: pointed(report, f), message: f.message, excerpt: f.excerpt };
      }),
    };
    const dir = path.join(repoRoot, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'checks-seeds.json'), `${JSON.stringify(result, null, 2)}\n`);
    const pad = (s: string) => s.padEnd(20);
    const lines = [`${pad('rule')} 000 001 002 003 004`];
    for (const [name, t] of [['imported', result.imported], ['pasted', result.pasted]] as const) {
      lines.push(`-- ${name}`);
      for (const [rule, counts] of Object.entries(t)) lines.push(`${pad(rule)} ${counts.map((n) => String(n).padStart(3)).join(' ')}`);
    }
    console.log(lines.join('\n'));
    expect(result.samples.every((s) => s.text !== undefined)).toBe(true);
  });

  it('finds seed 000\'s wrong rate, extra 」, 互联网十, nested 《<…>》, stale phrase — and not its 153', () => {
    const { report, findings } = imported[0]!;
    expect(texts(report, findings, 'rate-mismatch')).toEqual(['86%']);
    expect(texts(report, findings, 'unpaired-mark')).toEqual(['”']);
    expect(texts(report, findings, 'internet-plus')).toEqual(['十']);
    expect(texts(report, findings, 'nested-title-marks')).toEqual([
      '<关于推行法律顾问制度和公职律师公司律师制度的实施意见>',
      '<盘龙彝族乡安全生产和自然灾害综合应急预案>',
    ]);
    expect(texts(report, findings, 'stale-term')).toEqual(['依法治国新理念新思想新战略']);
    expect(findings.filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['signature-missing', 'date-missing']));
  });

  it('finds seed 001\'s 205 ≠ 0+48+166 and nothing wrong with its right rates', () => {
    const { findings } = imported[1]!;
    expect(findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.message)).toEqual(['分项合计214条（0＋48＋166），与总数205条不符，请核对。']);
    expect(findings.filter((f) => f.rule.startsWith('rate-'))).toEqual([]);
    // The other error is the report title: the excerpt has none.
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['title-missing', 'sum-mismatch']);
  });

  it('finds seed 002\'s 95.36% on 437, its repeated sentence and its broken line', () => {
    const { report, findings } = imported[2]!;
    expect(texts(report, findings, 'rate-impossible')).toEqual(['95.36%']);
    expect(texts(report, findings, 'repeated-sentence')).toEqual(['积极应对行政诉讼案件。']);
    expect(findings.filter((f) => f.rule === 'line-break').map((f) => f.excerpt)).toEqual(['…建设。三星镇突出能力建设，']);
  });

  it('finds seed 003\'s lost 年/月, 「是严格落实」, extra 》 and missing plan part and 落款', () => {
    const { report, findings } = imported[3]!;
    expect(texts(report, findings, 'date-lost-mark')).toEqual(['2020317日', '328日', '817日', '613日', '917日']);
    // 「是严格落实」 lost its 二; 「…等方面三是要求」 lost the full stop before 三是.
    expect(texts(report, findings, 'enumeration-gap')).toEqual(['是', '面三是']);
    expect(texts(report, findings, 'unpaired-mark')).toEqual(['》']);
    const missing = findings.filter((f) => f.rule === 'part-missing' && f.severity === 'error');
    expect(missing.map((f) => f.message)).toEqual(['报告缺少“下一年度推进法治政府建设的主要安排”部分。']);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['signature-missing', 'date-missing']));
  });

  it('finds no error in seed 004, the cleanest seed, but its missing title', () => {
    expect(imported[4]!.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['title-missing']);
  });

  it('as pasted: seed 003\'s two headings that lost 「(三」「(四」, and half-width marks in every seed', () => {
    const { report, findings } = raw[3]!;
    expect(texts(report, findings, 'heading-broken')).toEqual([')', ')']);
    expect(findings.filter((f) => f.rule === 'heading-broken').map((f) => f.excerpt.slice(0, 9))).toEqual([')全面开展依法治理', ')严格规范行政执法']);
    for (const run of raw) expect(run.findings.filter((f) => f.rule === 'half-width').length).toBeGreaterThan(10);
    // The arithmetic does not depend on the punctuation.
    expect(texts(raw[0]!.report, raw[0]!.findings, 'rate-mismatch')).toEqual(['86%']);
    expect(raw[1]!.findings.filter((f) => f.rule === 'sum-mismatch')).toHaveLength(1);
    expect(texts(raw[2]!.report, raw[2]!.findings, 'rate-impossible')).toEqual(['95.36%']);
  });
});
