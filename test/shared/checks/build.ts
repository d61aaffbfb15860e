// Small builders for check inputs, and the shipped rule files, shared by the checks tests.
import { expect } from 'vitest';
import { loadCheckRules, rulesDir } from '../../../electron/services/checks/rules';
import { runChecks, type CheckReport, type CheckSection, type Finding, type RuleData, type TermRule } from '../../../shared/checks';
import { seedText } from '../../helpers/seedReports';

let shipped: RuleData | null = null;

/** resources/rules as the app loads them (terms, titles, lexicon); loaded once per test file. */
export function shippedRules(): RuleData {
  if (!shipped) {
    const { problems, ...rules } = loadCheckRules(rulesDir());
    if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
    shipped = rules;
  }
  return shipped;
}

export function shippedTerms(): TermRule[] {
  return [...shippedRules().terms];
}

/** A complete, clean report skeleton (all five parts, signature, date) for `year`. */
export function cleanReport(year: number, extra: Partial<CheckReport> = {}): CheckReport {
  const sections: CheckSection[] = [
    { id: 1, templateKey: 'achievements', title: '主要举措和成效', level: 1, body: '' },
    { id: 2, templateKey: 'achievements.functions', title: '推进政府依法高效履职', level: 2, body: `${year}年，我镇严格按照权责清单履行职责。` },
    { id: 3, templateKey: 'duty', title: '党政主要负责人履行推进法治建设第一责任人职责情况', level: 1, body: '党委书记带头学法，主持召开专题会议研究法治建设工作。' },
    { id: 4, templateKey: 'problems', title: '存在的不足和原因', level: 1, body: '一是普法形式较为单一；二是执法人员力量不足。' },
    { id: 5, templateKey: 'plans', title: '下一年度推进法治政府建设的主要安排', level: 1, body: `${year + 1}年，我镇将继续加强执法队伍建设。` },
    { id: 6, templateKey: 'other', title: '其他需要报告的情况', level: 1, body: '无。' },
  ];
  return {
    year,
    title: `某某镇人民政府关于${year}年度法治政府建设情况的报告`,
    signatureName: '某某镇人民政府',
    signatureDate: `${year}年12月20日`,
    sections,
    ...extra,
  };
}

/** The clean report with section 2's body replaced: the usual way to test one paragraph. */
export function reportWithBody(year: number, body: string, extra: Partial<CheckReport> = {}): CheckReport {
  const report = cleanReport(year, extra);
  report.sections[1] = { ...report.sections[1]!, body };
  return report;
}

export function check(report: CheckReport, rules: RuleData = shippedRules()): Finding[] {
  return runChecks(report, rules);
}

export function ofRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The text a body finding points at. */
export function pointed(report: CheckReport, f: Finding): string {
  const section = report.sections.find((s) => s.id === f.sectionId);
  const text = f.field === 'body' ? section?.body : f.field === 'title' ? section?.title : f.field === 'opening' ? report.opening : '';
  return (text ?? '').slice(f.start, f.end);
}

/**
 * A seed as pasted, before any import repairs: its raw lines (half-width marks, lost heading
 * numbers, web debris and all) in sections of `perSection` lines.
 */
export function rawSeedReport(i: number, year: number, perSection = Infinity): CheckReport {
  const lines = seedText(i).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const sections: CheckSection[] = [];
  const size = Math.min(perSection, lines.length);
  for (let k = 0; k * size < lines.length; k++) {
    sections.push({ id: k + 1, templateKey: null, title: `第${k + 1}部分`, level: 1, body: lines.slice(k * size, (k + 1) * size).join('\n') });
  }
  return { year, title: '', signatureName: '', signatureDate: '', sections };
}

/** What a test expects of the one finding a rule makes; each field given is asserted. */
export interface OneFinding {
  severity?: Finding['severity'];
  field?: Finding['field'];
  paragraph?: number;
  /** The text the finding points at: exactly, or matching. */
  pointed?: string | RegExp;
  /** The whole message, or parts it must contain. */
  message?: string;
  messageHas?: readonly string[];
}

/** Asserts that `rule` makes exactly one finding in `report`, as `want` describes; returns it. */
export function oneFinding(report: CheckReport, rule: string, want: OneFinding = {}): Finding {
  const findings = ofRule(check(report), rule);
  expect(findings).toHaveLength(1);
  const f = findings[0]!;
  if (want.severity !== undefined) expect(f.severity).toBe(want.severity);
  if (want.field !== undefined) expect(f.field).toBe(want.field);
  if (want.paragraph !== undefined) expect(f.paragraph).toBe(want.paragraph);
  if (typeof want.pointed === 'string') expect(pointed(report, f)).toBe(want.pointed);
  else if (want.pointed) expect(pointed(report, f)).toMatch(want.pointed);
  if (want.message !== undefined) expect(f.message).toBe(want.message);
  for (const part of want.messageHas ?? []) expect(f.message).toContain(part);
  return f;
}

/**
 * Asserts that `rule` (every rule, when null) finds nothing in `body` (or its paragraphs, one a
 * line) in a `year` report.
 */
export function expectQuiet(rule: string | null, year: number, body: string | readonly string[]): void {
  const text = typeof body === 'string' ? body : body.join('\n');
  const findings = check(reportWithBody(year, text));
  expect(rule === null ? findings : ofRule(findings, rule), text).toEqual([]);
}
