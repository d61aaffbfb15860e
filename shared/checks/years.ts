// Years and stale words: the main risk when last year's report is reused. A year other than the
// report year (the next year is fine in the plan part), year-relative words, and terms that fit
// only some years (resources/rules/terms.json).

import { YEAR_DIGITS } from '../gongwen/dates';
import { insideTitleMarks, matchesInLines, perText } from './context';
import type { CheckContext, RawFinding, TextInfo } from './types';

// A year with 年 after it, or a range 「2021—2025年」「2021年至2025年」 treated as one unit.
const YEAR_RE = /(?<!\d)((?:19|20)\d{2})(?:\s*年?\s*(?:[—–\-－~～至到]+)\s*((?:19|20)\d{2}))?(?=\s*年)/g;
// What follows a year that makes it a starting point reaching into the report year.
const SINCE_RE = /^\s*年(?:度)?(?:以来|来|起|至今)/;
// The next year's plan, named in the same clause (the text after the year, up to a stop).
const PLAN_AFTER = /^\s*年[^。；;！？\n]{0,16}?(?:安排|计划|思路|打算|工作要点|工作重点|展望)/;

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

/** 「修正」 for a single earlier year outside the plan part, where the message names the one year
 *  it should be; one finding at a time (an old year is sometimes meant: 「2019年出台的条例」). */
function staleYearFix(hit: YearHit, year: number, inPlan: boolean): Pick<RawFinding, 'fix'> {
  if (inPlan || hit.from !== hit.to || hit.to >= year) return {};
  return { fix: { edits: [{ start: hit.start, end: hit.start + 4, replacement: String(year) }] } };
}

/** Whether a year (or range) written in this place fits a report on `year`. */
function yearFits(hit: YearHit, after: string, year: number, inPlan: boolean): boolean {
  if (hit.from <= year && year <= hit.to) return true; // the year itself, or a range covering it
  if (inPlan && hit.from <= year + 1 && year + 1 <= hit.to) return true;
  // 「…及2025年度工作思路」「对2022年度…的主要工作安排进行部署」: the plan named anywhere.
  if (hit.from === year + 1 && hit.to === year + 1 && PLAN_AFTER.test(after)) return true;
  // 「2023年和2024年连续两年」: an earlier year named together with the report year.
  const squeezed = after.replace(/\s+/g, '');
  if (hit.to < year && [...'和、与及至到'].some((and) => squeezed.startsWith(`年${and}${year}年`))) return true;
  // 「2021年以来」 in a 2023 report reaches into the report year.
  return hit.to < year && hit.from === hit.to && SINCE_RE.test(after);
}

function checkYearsIn(
  text: string,
  lineStarts: readonly number[],
  year: number,
  inPlan: boolean,
  place: Pick<RawFinding, 'sectionId' | 'field'>,
): RawFinding[] {
  const out: RawFinding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const offset = lineStarts[i] ?? 0;
    for (const hit of yearHits(line, offset)) {
      const after = line.slice(hit.end - offset, hit.end - offset + 24);
      if (yearFits(hit, after, year, inPlan)) continue;
      out.push({
        ...place,
        rule: 'year-other',
        severity: place.field === 'reportTitle' ? 'error' : 'warning',
        message: yearMessage(hit, year, inPlan),
        start: hit.start,
        end: hit.end,
        ...staleYearFix(hit, year, inPlan),
      });
    }
  });
  return out;
}

const RELATIVE_RE = /今年|本年度|至今|目前/g;

function relativeFindings(info: TextInfo, year: number): RawFinding[] {
  const out: RawFinding[] = [];
  // One mask per line, not per match: a long line of 今年 would otherwise be walked per word.
  const masks = new Map<number, Uint8Array>();
  const maskOf = (line: number) => masks.get(line) ?? masks.set(line, insideTitleMarks(info.lines[line]!)).get(line)!;
  for (const { match, line, offset } of matchesInLines(info, RELATIVE_RE)) {
    if (maskOf(line)[match.index]) continue;
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

// A bare year that lost its 年 (「2025坚持以…为指引」「开展2023“我们的节日”」): a year followed by
// Chinese text that is not a measure word (「2025件」 is a count) nor part of a range or number.
const BARE_YEAR = new RegExp(`(?<![\\d.\\-/〔［[（(:：A-Za-z０-９])(${YEAR_DIGITS})(?=[\\p{Script=Han}“《])`, 'gu');
const NOT_AFTER_YEAR = new Set('年月日届版级号期次件人个元万亿余多户名项起宗例份条场本处所批篇台辆座张间套米亩吨册字分天时点位家株只头道段块页封周至到及和与、千百公平小'.split(''));
// 「2023年来」 for 「2023年以来」; not 「2023年来到」「年来访」.
const YEAR_SINCE = new RegExp(`(?<!\\d)(${YEAR_DIGITS})年来(?![到自访临看说])`, 'g');

function bareYearFindings(info: TextInfo, year: number): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  for (const m of body.matchAll(BARE_YEAR)) {
    const y = Number(m[1]);
    const next = body[m.index + 4]!;
    if (y < year - 15 || y > year + 2 || NOT_AFTER_YEAR.has(next)) continue;
    const end = m.index + 4;
    out.push({
      rule: 'year-lost-nian',
      severity: 'error',
      message: `“${m[1]}${body.slice(end, end + 2)}”中年份后漏了“年”，应为“${m[1]}年${body.slice(end, end + 2)}”。`,
      ...info.place,
      start: m.index,
      end,
      fix: { edits: [{ start: end, end, replacement: '年' }] },
    });
  }
  for (const m of body.matchAll(YEAR_SINCE)) {
    const at = m.index + 5;
    out.push({
      rule: 'year-since',
      severity: 'warning',
      message: `“${m[0]}”应为“${m[1]}年以来”。`,
      ...info.place,
      start: m.index,
      end: m.index + m[0].length,
      fix: { edits: [{ start: at, end: at, replacement: '以' }] },
    });
  }
  return out;
}

// In a report built on last year's: 「2023年以来」 and cited file names with last year in them may be
// last year's text left as it was (body text is never shifted to the new year).
const SINCE_YEAR = new RegExp(`(?<!\\d)(${YEAR_DIGITS})年(?:度)?以来`, 'g');
const TITLE_WITH_YEAR = new RegExp(`《[^《》\\n]{0,60}?(${YEAR_DIGITS})[^《》\\n]{0,60}?》`, 'g');

function reusedFindings(info: TextInfo, year: number): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  for (const m of body.matchAll(SINCE_YEAR)) {
    if (Number(m[1]) >= year) continue;
    out.push({
      rule: 'reused-year',
      severity: 'info',
      message: `本报告沿用了上一年度的报告，“${m[0]}”的起始年份请核实是否仍然准确。`,
      ...info.place,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of body.matchAll(TITLE_WITH_YEAR)) {
    if (Number(m[1]) !== year - 1) continue;
    out.push({
      rule: 'reused-year',
      severity: 'info',
      message: `本报告沿用了上一年度的报告，引用的“${m[0]}”带有${m[1]}年，请核对本年度是否另有新的文件。`,
      ...info.place,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

// A title's years are read as one line (offsets from the title's start).
const yearsInTitle = perText((info, { year }) => checkYearsIn(info.text, [0], year, info.inPlan, info.place));

const yearsInText = perText((info, { year, reused }) => {
  const lists = [checkYearsIn(info.text, info.lineStarts, year, info.inPlan, info.place), relativeFindings(info, year), bareYearFindings(info, year)];
  if (reused) lists.push(reusedFindings(info, year));
  // flat(), not push(...list): a body with 100,000 year mentions would overflow the call stack.
  return lists.flat();
});

export function checkYears(ctx: CheckContext): RawFinding[] {
  return [...ctx.titles.map((info) => yearsInTitle(info, ctx.env)), ...ctx.texts.map((info) => yearsInText(info, ctx.env))].flat();
}
