// The pre-submission checks (审校): run every rule over a report, apply fixes. Pure. A report checked
// again and again as it is written (the 审校 worker) keeps each text's findings while the text is
// unchanged (reportChecks): a run after an edit re-reads the edited text alone, and the rules over
// the whole report (outline, parts, terms expected somewhere) work from per-text summaries.

import { numberOutline } from '../gongwen/sectionOrder';
import { findTemplateSection } from '../templates/instantiate';
import type { Template } from '../templates/schema';
import { applyEdits, type TextEdit } from '../text/edits';
import type { Report } from '../types';
import { buildContext, fieldText, finalize } from './context';
import { checkPunctuation } from './punctuation';
import { checkLexicon } from './lexicon';
import { checkNumbers } from './numbers';
import { checkOutline } from './outline';
import { checkPasted } from './pasted';
import { checkSpacing } from './spacing';
import { checkTerms } from './staleTerms';
import { checkTitles } from './titles';
import { checkStructure } from './structure';
import { checkYears } from './years';
import type { CheckContext, CheckEnv, CheckOptions, CheckReport, Finding, FindingField, FixKind, RawFinding, RuleData, Severity } from './types';

export * from './types';
export * from './places';

/** Every rule, for the panel's legend and the CLI's --help. */
export const RULES: ReadonlyArray<{ id: string; severity: Severity; title: string; fixKind?: FixKind }> = [
  { id: 'part-missing', severity: 'error', title: '缺少规定的组成部分' },
  { id: 'section-empty', severity: 'error', title: '必填部分为空' },
  { id: 'section-short', severity: 'warning', title: '必填部分明显过短' },
  { id: 'signature-missing', severity: 'error', title: '缺少署名' },
  { id: 'date-missing', severity: 'error', title: '缺少成文日期' },
  { id: 'date-format', severity: 'warning', title: '成文日期格式不规范' },
  { id: 'date-window', severity: 'warning', title: '成文日期不在报送期内' },
  { id: 'heading-sequence', severity: 'warning', title: '小标题序号不连续' },
  { id: 'heading-style', severity: 'warning', title: '小标题编号格式不统一' },
  { id: 'heading-broken', severity: 'error', title: '小标题序号丢失' },
  { id: 'enumeration-gap', severity: 'warning', title: '“一是……二是”序号缺漏' },
  { id: 'year-other', severity: 'warning', title: '非本年度的年份' },
  { id: 'year-lost-nian', severity: 'error', title: '年份后漏了“年”' },
  { id: 'year-since', severity: 'warning', title: '“2023年来”漏了“以”' },
  { id: 'reused-year', severity: 'info', title: '沿用上年报告：起始年份、文件名称中的年份' },
  { id: 'reused-meta', severity: 'info', title: '沿用上年报告：主送机关和署名请确认' },
  { id: 'year-relative', severity: 'info', title: '今年、至今、目前等相对时间' },
  { id: 'stale-term', severity: 'warning', title: '不适用于本年度的提法' },
  { id: 'expected-term', severity: 'info', title: '本年度应提及的内容' },
  { id: 'party-prefix', severity: 'warning', title: '“二十大精神”等前缺“党的”' },
  { id: 'rate-mismatch', severity: 'error', title: '比率与数字不符' },
  { id: 'rate-impossible', severity: 'error', title: '比率无法由整数算出' },
  { id: 'sum-mismatch', severity: 'error', title: '分项之和与总数不符' },
  { id: 'yu-small', severity: 'error', title: '个位数后用“余”（4余次）' },
  { id: 'half-width', severity: 'warning', title: '半角标点', fixKind: 'punctuation-width' },
  { id: 'straight-quotes', severity: 'warning', title: '英文直引号', fixKind: 'quote-pairing' },
  { id: 'unpaired-mark', severity: 'error', title: '引号、书名号、括号不成对' },
  { id: 'nested-title-marks', severity: 'warning', title: '书名号嵌套未用〈〉', fixKind: 'nested-marks' },
  { id: 'internet-plus', severity: 'warning', title: '“互联网十”', fixKind: 'plus-sign' },
  { id: 'date-lost-mark', severity: 'error', title: '日期漏了“年”“月”' },
  { id: 'repeated-sentence', severity: 'warning', title: '句子连续重复' },
  { id: 'line-break', severity: 'warning', title: '句子中间换行' },
  { id: 'confusable', severity: 'warning', title: '易混用词（确实/切实、截止/截至……）', fixKind: 'typo' },
  { id: 'doubled-char', severity: 'error', title: '字重复录入（县县、的的……）', fixKind: 'doubled-char' },
  { id: 'doc-title', severity: 'warning', title: '引用的文件名称与原文件不符', fixKind: 'doc-title' },
  { id: 'pinyin', severity: 'error', title: '正文中混入拼音注音', fixKind: 'pinyin' },
  { id: 'garbled', severity: 'error', title: '乱码' },
  { id: 'title-missing', severity: 'error', title: '缺少报告标题' },
  { id: 'space-in-text', severity: 'warning', title: '中文之间多余的空格', fixKind: 'space' },
  { id: 'dunhao-between-marks', severity: 'warning', title: '并列书名号、引号之间用了顿号', fixKind: 'dunhao' },
  { id: 'dunhao-conjunction', severity: 'warning', title: '顿号与“及”“和”连用', fixKind: 'dunhao' },
  { id: 'double-mark', severity: 'error', title: '两个标点连用' },
  { id: 'year-dash', severity: 'warning', title: '年份之间未用一字线', fixKind: 'year-dash' },
  { id: 'web-debris', severity: 'error', title: '正文中的网页残留、网站水印', fixKind: 'debris' },
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every check, in the order their findings are gathered. */
const CHECKS: ReadonlyArray<(ctx: CheckContext) => RawFinding[]> = [
  checkStructure, checkOutline, checkYears, checkNumbers, checkPunctuation,
  checkLexicon, checkSpacing, checkTerms, checkTitles, checkPasted,
];

/**
 * All findings for a report, minus the ignored ones, in document order (report-level first,
 * then by section, then by offset).
 */
export function runChecks(report: CheckReport, options: CheckOptions): Finding[] {
  return reportChecks()(report, options);
}

/**
 * runChecks for one report checked again and again as it is edited: each run gives exactly what
 * runChecks gives, re-reading only the texts (section bodies and titles, the opening, the title)
 * that changed since the run before. A change of year, of 沿用 or of the rule data reads all again.
 */
export function reportChecks(): (report: CheckReport, options: CheckOptions) => Finding[] {
  let previous: CheckContext | undefined;
  return (report, options) => {
    const env = envOf(report, options, previous?.env);
    const ctx = buildContext(report, env, previous);
    previous = ctx;
    return findingsOf(ctx, options);
  };
}

function envOf(report: CheckReport, { terms, titles, lexicon }: RuleData, last: CheckEnv | undefined): CheckEnv {
  const reused = report.reused === true;
  if (last && last.year === report.year && last.reused === reused && last.terms === terms && last.titles === titles && last.lexicon === lexicon) return last;
  return { year: report.year, reused, terms, titles, lexicon };
}

function findingsOf(ctx: CheckContext, options: CheckOptions): Finding[] {
  const { report } = ctx;
  const raws: RawFinding[] = CHECKS.flatMap((check) => check(ctx));
  const order = new Map<number, number>();
  report.sections.forEach((s, i) => order.set(s.id, i));
  const findings = finalize(ctx, withoutEchoes(raws));
  const ignored = new Set(options.ignored ?? []);
  return findings
    .filter((f) => !ignored.has(f.id))
    .sort((a, b) =>
      (a.sectionId === null ? -1 : (order.get(a.sectionId) ?? 0)) - (b.sectionId === null ? -1 : (order.get(b.sectionId) ?? 0)) ||
      (a.field === 'title' ? 0 : 1) - (b.field === 'title' ? 0 : 1) ||
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

// Findings whose fix rewrites a whole place, and the rules whose findings inside it they absorb.
const ABSORBS: Readonly<Record<string, (rule: string) => boolean>> = {
  // A web-page line or watermark goes as a whole: what is inside it is not reported again.
  'web-debris': () => true,
  // The exact title already has the 一字线.
  'doc-title': (rule) => rule === 'year-dash',
};

/** Each problem said once: a finding inside the place another finding's fix rewrites is dropped. */
function withoutEchoes(raws: readonly RawFinding[]): RawFinding[] {
  const place = (f: RawFinding) => `${f.sectionId}:${f.field}`;
  const wide = new Map<string, RawFinding[]>();
  for (const f of raws) if (ABSORBS[f.rule] !== undefined) wide.set(place(f), [...(wide.get(place(f)) ?? []), f]);
  if (wide.size === 0) return [...raws];
  return raws.filter((f) => !(wide.get(place(f)) ?? []).some((w) => w !== f && w.rule !== f.rule && ABSORBS[w.rule]!(f.rule) &&
    (w.fix?.edits ?? [{ start: w.start, end: w.end }]).some((e) => e.start <= f.start && f.end <= e.end)));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Apply the fixes of `findings` to one text (a section body, or a report field); findings
 * without a fix are skipped. Edits apply from the end, and one overlapping an edit already
 * taken is dropped, so the result never mixes two fixes of the same characters.
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const edits: TextEdit[] = [];
  for (const f of findings) for (const edit of f.fix?.edits ?? []) edits.push(edit);
  return applyEdits(text, edits);
}

/** One text 「全部修正此类」 changes: a section's body or title, or a field of the report. */
export interface FixPlace {
  sectionId: number | null;
  field: FindingField;
  /** The findings of the kind in this text, whose fixes make `fixed`. */
  findings: Finding[];
  fixed: string;
}

/**
 * 「全部修正此类」: every text with fixes of this kind, in the order of `findings`, with the text
 * as it reads after them. The 审校 panel applies exactly these places.
 */
export function fixAllOfKind(report: CheckReport, findings: readonly Finding[], kind: FixKind): FixPlace[] {
  const places = new Map<string, FixPlace>();
  for (const f of findings) {
    if (f.fix?.kind !== kind) continue;
    const key = `${f.sectionId ?? 'r'}:${f.field}`;
    const place = places.get(key) ?? { sectionId: f.sectionId, field: f.field, findings: [], fixed: '' };
    place.findings.push(f);
    places.set(key, place);
  }
  for (const place of places.values()) {
    const section = place.sectionId === null ? undefined : report.sections.find((s) => s.id === place.sectionId);
    place.fixed = applyFixes(fieldText(report, section, place.field), place.findings);
  }
  return [...places.values()];
}

/**
 * The check input for a stored report. `templateFacts` may add what only the template knows
 * (minChars, or a required flag overriding the section's own).
 */
export function toCheckReport(
  report: Report,
  templateFacts?: (templateKey: string) => { required?: boolean; minChars?: number } | undefined,
): CheckReport {
  return {
    year: report.year,
    title: report.title,
    opening: report.opening,
    addressee: report.addressee,
    signatureName: report.signatureName,
    signatureDate: report.signatureDate,
    reused: report.basedOn !== null,
    sections: numberOutline(report.sections).map(({ node: s, depth }) => ({
      id: s.id,
      // As placed in the outline: a section whose parent is gone stands at the top.
      parentId: depth === 0 ? null : s.parentId,
      templateKey: s.templateKey,
      title: s.title,
      level: s.level,
      body: s.body,
      notApplicable: s.notApplicable,
      required: s.required,
      ...(s.templateKey ? templateFacts?.(s.templateKey) : undefined),
    })),
  };
}

/**
 * What the template says about a section key, for toCheckReport: its required flag, and a
 * 「明显过短」 threshold of half the shortest typical length drawn from real reports.
 */
export function templateFacts(template: Template): (templateKey: string) => { required: boolean; minChars?: number } | undefined {
  return (key) => {
    const section = findTemplateSection(template, key);
    if (!section) return undefined;
    const minChars = Math.floor(section.typicalChars.min / 2);
    return minChars > 0 ? { required: section.required, minChars } : { required: section.required };
  };
}

export interface CheckRules extends RuleData {
  /** The report's template, for required flags and 「过短」 thresholds; null when it is gone. */
  template?: Template | null | undefined;
}

export interface StoredReportChecks {
  /** Findings still open, in document order. */
  open: Finding[];
  /** Findings the writer chose to ignore (report.ignoredFindings), in document order. */
  ignored: Finding[];
  counts: Record<Severity, number>;
}

/** The checks over a report as the app stores it: the 审校 panel, the CLI and export use this. */
export function checkStoredReport(report: Report, rules: CheckRules): StoredReportChecks {
  return storedReportChecks()(report, rules);
}

/** checkStoredReport for one report checked again and again (the 审校 worker): see reportChecks. */
export function storedReportChecks(): (report: Report, rules: CheckRules) => StoredReportChecks {
  const run = reportChecks();
  return (report, rules) => splitIgnored(report, run(toCheckReport(report, rules.template ? templateFacts(rules.template) : undefined), rules));
}

function splitIgnored(report: Report, all: readonly Finding[]): StoredReportChecks {
  const ignoredIds = new Set(report.ignoredFindings ?? []);
  const open: Finding[] = [];
  const ignored: Finding[] = [];
  for (const f of all) (ignoredIds.has(f.id) ? ignored : open).push(f);
  return { open, ignored, counts: countBySeverity(open) };
}

/** The open 错误 of a report (not ignored), for the export dialog: shown, never blocking. */
export function openErrors(report: Report, rules: CheckRules): Finding[] {
  return checkStoredReport(report, rules).open.filter((f) => f.severity === 'error');
}
