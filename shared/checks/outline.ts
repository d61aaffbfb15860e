// Numbering inside section bodies: typed sub-headings out of sequence, in mixed styles, or with
// their opening lost (seed 003 「)全面开展依法治理」), and broken 「一是…二是…」 enumerations.

import { matchesInLines, perText } from './context';
import {
  HEADING_FAMILIES,
  formatHeadingNumber,
  parseHeadingNumber,
  type HeadingFamily,
  type HeadingNumber,
} from '../gongwen/headingNumbers';
import { CN_NUMERAL, parseChineseNumeral, toChineseNumeral } from '../gongwen/numerals';
import type { CheckContext, RawFinding, TextInfo } from './types';

interface PlacedHeading {
  info: TextInfo;
  offset: number;
  heading: HeadingNumber;
}

function bodyHeadings(info: TextInfo): PlacedHeading[] {
  const out: PlacedHeading[] = [];
  info.lines.forEach((line, i) => {
    const heading = parseHeadingNumber(line);
    if (heading) out.push({ info, offset: info.lineStarts[i]!, heading });
  });
  return out;
}

/**
 * `carried`: where each family stood at the end of the section before. Some reports number their
 * items on through the whole part (1. 2. under （一）, 3. under （二）): a section whose first item
 * goes on from there is numbered right.
 */
/** The last value of each family in a section's items. */
function lastValues(headings: readonly PlacedHeading[]): Map<HeadingFamily, number> {
  const out = new Map<HeadingFamily, number>();
  for (const { heading } of headings) out.set(heading.family, heading.value);
  return out;
}

function sequenceFindings(headings: readonly PlacedHeading[], carried: ReadonlyMap<HeadingFamily, number>): RawFinding[] {
  const out: RawFinding[] = [];
  const last = new Map<HeadingFamily, number>();
  for (const { info, offset, heading } of headings) {
    const rank = HEADING_FAMILIES.indexOf(heading.family);
    // A heading of an outer level starts the inner levels afresh.
    for (const f of HEADING_FAMILIES.slice(rank + 1)) last.delete(f);
    const prev = last.get(heading.family) ?? 0;
    last.set(heading.family, heading.value);
    if (heading.value === prev + 1) continue;
    const outerSeen = HEADING_FAMILIES.slice(0, rank).some((f) => last.has(f));
    if (prev === 0 && !outerSeen && heading.value === (carried.get(heading.family) ?? 0) + 1) continue;
    const expected = formatHeadingNumber(heading.family, heading.variant, prev + 1);
    const message =
      prev === 0
        ? `小标题从“${heading.text}”开始，前面没有“${expected}”，请检查序号。`
        : heading.value === prev
          ? `小标题序号“${heading.text}”重复，应为“${expected}”。`
          : `小标题序号不连续：上一个是“${formatHeadingNumber(heading.family, heading.variant, prev)}”，这里是“${heading.text}”，应为“${expected}”。`;
    out.push({
      rule: 'heading-sequence',
      severity: 'warning',
      message,
      ...info.place,
      start: offset,
      end: offset + heading.text.length,
    });
  }
  return out;
}

/** Each family should be written one way in the whole report (「1.」 or 「1、」, not both). */
function styleFindings(all: readonly PlacedHeading[]): RawFinding[] {
  const counts = new Map<HeadingFamily, Map<string, number>>();
  for (const { heading } of all) {
    const byVariant = counts.get(heading.family) ?? new Map<string, number>();
    byVariant.set(heading.variant, (byVariant.get(heading.variant) ?? 0) + 1);
    counts.set(heading.family, byVariant);
  }
  const majority = new Map<HeadingFamily, string>();
  for (const [family, byVariant] of counts) {
    if (byVariant.size < 2) continue;
    // Ties go to the style used first.
    let best = '';
    let bestCount = 0;
    for (const [variant, n] of byVariant) if (n > bestCount) [best, bestCount] = [variant, n];
    majority.set(family, best);
  }
  const out: RawFinding[] = [];
  for (const { info, offset, heading } of all) {
    const main = majority.get(heading.family);
    if (main === undefined || main === heading.variant) continue;
    out.push({
      rule: 'heading-style',
      severity: 'warning',
      message: `同一级小标题编号格式不统一：本报告多处用“${formatHeadingNumber(heading.family, main, 1)}”，这里用“${heading.text}”。`,
      ...info.place,
      start: offset,
      end: offset + heading.text.length,
    });
  }
  return out;
}

const BROKEN_HEADING = /^[)）][\p{Script=Han}“]/u;

const BROKEN_MESSAGE = '开头只剩“）”，小标题序号（如“（三）”）可能丢失了，请补全。';

const brokenTitle = perText((info): RawFinding[] =>
  BROKEN_HEADING.test(info.text) ? [{ rule: 'heading-broken', severity: 'error', message: `标题${BROKEN_MESSAGE}`, ...info.place, start: 0, end: 1 }] : []);

const brokenBody = perText((info) => {
  const out: RawFinding[] = [];
  info.lines.forEach((line, i) => {
    if (!BROKEN_HEADING.test(line)) return;
    const start = info.lineStarts[i]!;
    out.push({ rule: 'heading-broken', severity: 'error', message: `此段${BROKEN_MESSAGE}`, ...info.place, start, end: start + 1 });
  });
  return out;
});

// 「一是」 after a clause boundary (not 「统一是」「唯一是」); a bare 「是」 opening a sentence while
// an enumeration runs is a lost numeral (seed 003 「是严格落实宪法宣誓制度」).
const ENUM_TOKEN = new RegExp(String.raw`(?<=^|[。；;，,：:！？!?\s“（(）)])(?:(${CN_NUMERAL}{1,3})是|是(?!否|非|指|因为|由于|为了|以|在|对|把|将|从|要|的))`, 'g');

// 「…办一次办二是主动…」: the next item of a running list glued to the text before it.
const GLUED_ENUM = /(?<=[\p{Script=Han}])([二三四五六七八九十])是/gu;

function enumerationFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  let last = 0;
  type Token = { match: RegExpExecArray; offset: number; glued: boolean };
  const tokens: Token[] = [
    ...[...matchesInLines(info, ENUM_TOKEN)].map((t) => ({ match: t.match, offset: t.offset, glued: false })),
    ...[...matchesInLines(info, GLUED_ENUM)].map((t) => ({ match: t.match, offset: t.offset, glued: true })),
  ];
  tokens.sort((a, b) => a.offset - b.offset);
  for (const { match, offset, glued } of tokens) {
    if (glued) {
      const value = parseChineseNumeral(match[1]!);
      if (last === 0 || value !== last + 1) continue;
      out.push({
        rule: 'enumeration-gap',
        severity: 'warning',
        message: `“${match[0]}”前缺少标点，上一项（“${toChineseNumeral(last)}是”）应以句号或分号结束。`,
        ...info.place,
        start: offset - 1,
        end: offset + match[0].length,
      });
      last = value;
      continue;
    }
    const numeral = match[1];
    const boundary = offset === 0 || /[。；;\n]/.test(info.text[offset - 1] ?? '') || info.lineStarts.includes(offset);
    if (numeral === undefined) {
      // Only a sentence that begins with 「是」 while a count is running.
      if (last === 0 || !boundary) continue;
      const expected = toChineseNumeral(last + 1);
      out.push({
        rule: 'enumeration-gap',
        severity: 'warning',
        message: `前文已有“${toChineseNumeral(last)}是”，此处只有“是”，可能漏了“${expected}”。`,
        ...info.place,
        start: offset,
        end: offset + 1,
      });
      last += 1;
      continue;
    }
    const value = parseChineseNumeral(numeral);
    if (!Number.isFinite(value)) continue;
    const token = match[0];
    if (value === 1) {
      last = 1;
      continue;
    }
    if (value !== last + 1) {
      const prevText = last > 0 ? `${toChineseNumeral(last)}是` : '';
      const expected = `${toChineseNumeral(last + 1)}是`;
      const message =
        last === 0
          ? `“${token}”前面没有“一是”，请检查列举的序号。`
          : value === last
            ? `“${token}”重复，应为“${expected}”。`
            : `列举序号不连续：“${prevText}”之后是“${token}”，缺少“${expected}”。`;
      out.push({ rule: 'enumeration-gap', severity: 'warning', message, ...info.place, start: offset, end: offset + token.length });
    }
    last = value;
  }
  return out;
}

const headingsOf = perText(bodyHeadings);
const enumerationOf = perText(enumerationFindings);

/**
 * Per body (kept while it is unchanged): its numbered items, 「一是…二是」 and lost heading numbers.
 * Report-wide, from the kept items alone: the sequence carried from section to section and the
 * style used most in the whole report.
 */
export function checkOutline(ctx: CheckContext): RawFinding[] {
  const all: PlacedHeading[] = [];
  const out: RawFinding[][] = [];
  let carried = new Map<HeadingFamily, number>();
  for (const info of ctx.sections) {
    const headings = headingsOf(info, ctx.env);
    // Loops and flat(), not push(...list): a body of 100,000 numbered lines would overflow the call stack.
    for (const h of headings) all.push(h);
    out.push(sequenceFindings(headings, carried), enumerationOf(info, ctx.env));
    // Only a section with items of its own passes their count on to the next.
    if (headings.length > 0) carried = lastValues(headings);
  }
  out.push(styleFindings(all));
  ctx.sections.forEach((info, i) => out.push(brokenTitle(ctx.sectionTitles[i]!, ctx.env), brokenBody(info, ctx.env)));
  return out.flat();
}
