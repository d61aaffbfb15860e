// Years and stale words: the main risk when last year's report is reused. A year other than the
// report year (the next year is fine in the plan part), year-relative words, and terms that fit
// only some years (resources/rules/terms.json).

import { insideTitleMarks, matchesInLines } from './context';
import { formatDatePart, termPattern, yearOf } from './terms';
import type { CheckContext, CheckReport, RawFinding, SectionInfo, TermRule } from './types';

// A year with 年 after it, or a range 「2021—2025年」「2021年至2025年」 treated as one unit.
const YEAR_RE = /(?<!\d)((?:19|20)\d{2})(?:\s*年?\s*(?:[—–\-－~～至到]+)\s*((?:19|20)\d{2}))?(?=\s*年)/g;
// What follows a year that makes it a starting point reaching into the report year.
const SINCE_RE = /^\s*年(?:度)?(?:以来|来|起|至今)/;

interface YearHit {
  start: number;
  end: number;
  text: string;
  from: number;
  to: number;
}

function yearHits(line: string, offset: number): YearHit[] {
  const titles = insideTitleMarks(line);
  const out: YearHit[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(line)) !== null) {
    if (titles[m.index]) continue;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], from, to });
  }
  return out;
}

function yearMessage(hit: YearHit, year: number, inPlan: boolean): string {
  const allowed = inPlan ? `${year}年或${year + 1}年` : `${year}年`;
  if (hit.to < year) {
    return `出现“${hit.text}年”，本报告为${year}年度（此处应为${allowed}），请核对是否为沿用往年报告未改的年份。`;
  }
  return `出现“${hit.text}年”，本报告为${year}年度，${inPlan ? '' : '下一年度的内容应写在“下一年度安排”部分；'}请核对。`;
}

/** Whether a year (or range) written in this place fits a report on `year`. */
function yearFits(hit: YearHit, after: string, year: number, inPlan: boolean): boolean {
  if (hit.from <= year && year <= hit.to) return true; // the year itself, or a range covering it
  if (inPlan && hit.from <= year + 1 && year + 1 <= hit.to) return true;
  // 「2021年以来」 in a 2023 report reaches into the report year.
  return hit.to < year && hit.from === hit.to && SINCE_RE.test(after);
}

function checkYearsIn(
  text: string,
  lineStarts: readonly number[],
  report: CheckReport,
  inPlan: boolean,
  place: Pick<RawFinding, 'sectionId' | 'field'>,
): RawFinding[] {
  const out: RawFinding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const offset = lineStarts[i] ?? 0;
    for (const hit of yearHits(line, offset)) {
      const after = line.slice(hit.end - offset, hit.end - offset + 6);
      if (yearFits(hit, after, report.year, inPlan)) continue;
      out.push({
        ...place,
        rule: 'year-other',
        severity: place.field === 'reportTitle' ? 'error' : 'warning',
        message: yearMessage(hit, report.year, inPlan),
        start: hit.start,
        end: hit.end,
      });
    }
  });
  return out;
}

const RELATIVE_RE = /今年|本年度|至今|目前/g;

function relativeFindings(info: SectionInfo, year: number): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { match, line, offset } of matchesInLines(info, RELATIVE_RE)) {
    if (insideTitleMarks(info.lines[line]!)[match.index]) continue;
    const word = match[0];
    const exact = word === '今年' ? `${year}年` : word === '本年度' ? `${year}年度` : null;
    const message = exact
      ? `“${word}”随报送时间不同而指代不同，建议写明“${exact}”。`
      : `“${word}”指代的时间不明确，报告跨年报送或次年沿用时容易出错，建议写明具体日期。`;
    out.push({
      rule: 'year-relative',
      severity: 'info',
      message,
      ...info.place,
      start: offset,
      end: offset + word.length,
      ...(exact ? { fix: { edits: [{ start: offset, end: offset + word.length, replacement: exact }] } } : {}),
    });
  }
  return out;
}

function validIn(rule: TermRule, year: number): boolean {
  const from = rule.validFrom ? yearOf(rule.validFrom) : -Infinity;
  const to = rule.validTo ? yearOf(rule.validTo) : Infinity;
  return from <= year && year <= to;
}

function validity(rule: TermRule): string {
  const from = rule.validFrom ? formatDatePart(rule.validFrom) : '';
  const to = rule.validTo ? formatDatePart(rule.validTo) : '';
  if (from && to) return `适用于${from}至${to}`;
  return from ? `${from}起才适用` : `适用至${to}`;
}

interface CompiledTerm {
  rule: TermRule;
  patterns: RegExp[];
}

function compileTerms(terms: readonly TermRule[]): CompiledTerm[] {
  return terms.map((rule) => ({ rule, patterns: [rule.term, ...(rule.aliases ?? [])].map(termPattern) }));
}

function isExcepted(rule: TermRule, body: string, index: number): boolean {
  return (rule.unless ?? []).some((u) => {
    const at = u.indexOf(rule.term);
    return at >= 0 && body.startsWith(u, index - at);
  });
}

function staleFindings(info: SectionInfo, terms: readonly CompiledTerm[], year: number): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.section.body;
  for (const { rule, patterns } of terms) {
    if ((rule.kind ?? 'stale') !== 'stale') continue;
    // The plan part speaks of next year: a term that starts next year is fine there.
    if (validIn(rule, year) || (info.inPlan && validIn(rule, year + 1))) continue;
    for (const re of patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body)) !== null) {
        if (isExcepted(rule, body, m.index)) continue;
        // 「“七五”普法」: take the opening quote along with the closing one inside the match.
        const start = m.index > 0 && '“"「'.includes(body[m.index - 1]!) && /[”"」]/.test(m[0]) ? m.index - 1 : m.index;
        const end = m.index + m[0].length;
        const suggestion = rule.suggestion ? `建议改为“${rule.suggestion}”。` : '';
        out.push({
          rule: 'stale-term',
          severity: 'warning',
          message: `“${rule.term}”${validity(rule)}，本报告为${year}年度。${suggestion}（依据：${rule.source}）`,
          ...info.place,
          start,
          end,
        });
      }
    }
  }
  return out;
}

function expectedFindings(ctx: CheckContext, terms: readonly CompiledTerm[]): RawFinding[] {
  const out: RawFinding[] = [];
  const year = ctx.report.year;
  for (const { rule, patterns } of terms) {
    if (rule.kind !== 'expected' || !rule.context || !validIn(rule, year)) continue;
    const named = ctx.texts.some((info) => patterns.some((re) => {
      re.lastIndex = 0;
      return re.test(info.section.body);
    }));
    if (named) continue;
    const where = ctx.texts.find((info) => info.section.body.includes(rule.context!));
    if (!where) continue;
    const start = where.section.body.indexOf(rule.context);
    out.push({
      rule: 'expected-term',
      severity: 'info',
      message: `报告写到“${rule.context}”，但没有提到${rule.term}（${formatDatePart(rule.validFrom ?? '')}起施行）。${rule.note ?? ''}`,
      sectionId: where.section.id,
      field: 'body',
      start,
      end: start + rule.context.length,
    });
  }
  return out;
}

export function checkYears(ctx: CheckContext): RawFinding[] {
  const { report } = ctx;
  const out: RawFinding[] = [];
  out.push(...checkYearsIn(report.title, [0], report, false, { sectionId: null, field: 'reportTitle' }));
  const terms = compileTerms(ctx.options.terms);
  for (const info of ctx.sections) {
    out.push(...checkYearsIn(info.section.title, [0], report, info.inPlan, { sectionId: info.section.id, field: 'title' }));
  }
  for (const info of ctx.texts) {
    out.push(...checkYearsIn(info.section.body, info.lineStarts, report, info.inPlan, info.place));
    out.push(...relativeFindings(info, report.year), ...staleFindings(info, terms, report.year));
  }
  out.push(...expectedFindings(ctx, terms));
  return out;
}
