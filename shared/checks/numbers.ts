// Arithmetic the county checks first: a stated rate against the counts before it, and parts that
// should add up to their stated total. Both stay quiet unless the reading is unambiguous: a
// false alarm on a right figure costs the writer more than a missed one.

import { perText } from './context';
import type { CheckContext, RawFinding, TextInfo } from './types';

const UNITS = '人次|家次|件次|户次|场次|起|件|宗|例|人|次|项|个|家|户|名|份|条|场|本|处|所|批|期|篇|台|辆|座|张|间|套|万元|元';
// A count: number + unit. 「约」「近」「超过」 before or 「余」「多」 after make it approximate.
const COUNT_RE = new RegExp(`(约|近|超过|超|逾|不到|不足)?(?<![\\d.])(\\d+(?:\\.\\d+)?)(余|多)?(${UNITS})(?:[（(][\\p{Script=Han}]{1,2}[）)])?`, 'gu');
const RATE_RE = /(\p{Script=Han}{0,8}率)(均达到|均达|均为|达到|达|为|是|约|近|超过)?(\d+(?:\.\d+)?)[%％](以上|以下|左右)?/gu;
// Cases are counted as 件, 起, 宗 or 例 in the same sentence (seed 002: 3343件 … 437起).
const UNIT_CLASS: Readonly<Record<string, string>> = { 件: 'case', 起: 'case', 宗: 'case', 例: 'case' };

interface Count {
  start: number;
  end: number;
  value: number;
  unit: string;
  cls: string;
  approximate: boolean;
}

function countsIn(line: string, from: number, to: number): Count[] {
  const out: Count[] = [];
  const slice = line.slice(from, to);
  COUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_RE.exec(slice)) !== null) {
    const unit = m[4]!;
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      value: Number(m[2]),
      unit,
      cls: UNIT_CLASS[unit] ?? unit,
      approximate: m[1] !== undefined || m[3] !== undefined,
    });
  }
  return out;
}

const STOPS = '。！？!?；;';

/**
 * Where the clause group (after the last 。！？；) around each position of `line` starts and
 * ends: found in one pass, so a line of many rates or totals in one long sentence is not walked
 * again for each of them.
 */
function sentenceBounds(line: string): { start: (at: number) => number; end: (at: number) => number } {
  const starts = new Int32Array(line.length + 1);
  const ends = new Int32Array(line.length + 1);
  for (let i = 0, start = 0; i <= line.length; i++) {
    starts[i] = start;
    if (i < line.length && STOPS.includes(line[i]!)) start = i + 1;
  }
  for (let i = line.length, end = line.length; i >= 0; i--) {
    if (i < line.length && STOPS.includes(line[i]!)) end = i;
    ends[i] = end;
  }
  return { start: (at) => starts[at]!, end: (at) => ends[at]! };
}

function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function fmtPct(x: number): string {
  return `${(Math.round(x * 100) / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** Whole numerators k whose k/n is closest to the rate from below and above. */
function nearestWhole(rate: number, n: number): [number, number] {
  const k = Math.floor((rate / 100) * n);
  return [k, k + 1];
}

/** Some whole k ≤ n gives k/n within `tolerance` of the rate (n is the base). */
function reachableAsBase(rate: number, n: number, tolerance: number): boolean {
  return nearestWhole(rate, n).some((k) => k >= 0 && k <= n && Math.abs((k / n) * 100 - rate) <= tolerance);
}

/** Some whole base n ≥ k gives k/n within `tolerance` of the rate (k is the numerator). */
function reachableAsNumerator(rate: number, k: number, tolerance: number): boolean {
  if (rate <= 0 || k <= 0) return false;
  const n = Math.floor((k * 100) / rate);
  return [n, n + 1].some((b) => b >= k && b > 0 && Math.abs((k / b) * 100 - rate) <= tolerance);
}

/** Start of the clause before the one `at` is in: the counts a rate is computed from stand there. */
function previousClauseStart(line: string, at: number, floor: number): number {
  let commas = 0;
  for (let i = at - 1; i >= floor; i--) {
    if ('，,'.includes(line[i]!) && ++commas === 2) return i + 1;
  }
  return floor;
}

function rateFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  info.lines.forEach((line, li) => {
    // A rate is written with its percent sign: a line without one holds none and is not walked.
    if (!line.includes('%') && !line.includes('％')) return;
    const base = info.lineStarts[li]!;
    let prevRateEnd = -1;
    let prevSentence = -1;
    const sentence = sentenceBounds(line);
    RATE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RATE_RE.exec(line)) !== null) {
      const numText = m[3]!;
      const rate = Number(numText);
      const numStart = m.index + m[0].indexOf(numText, m[1]!.length + (m[2]?.length ?? 0));
      const numEnd = numStart + numText.length + 1;
      const sStart = sentence.start(m.index);
      // Two rates in one sentence: the second looks only at the counts after the first.
      const from = sStart === prevSentence ? Math.max(sStart, prevRateEnd) : sStart;
      prevSentence = sStart;
      prevRateEnd = m.index + m[0].length;
      const hedged = m[4] !== undefined || (m[2] !== undefined && /约|近|超过/.test(m[2]));
      if (hedged || rate > 100) continue;
      const counts = countsIn(line, from, m.index).filter((c) => !c.approximate);
      const last = counts[counts.length - 1];
      if (!last) continue;
      const matches = counts.some((a, i) => counts.some((b, j) => {
        if (i === j || a.cls !== b.cls || b.value === 0 || a.value > b.value) return false;
        return Math.abs((a.value / b.value) * 100 - rate) <= 0.5 + 1e-9;
      }));
      if (matches) continue;
      const place = { ...info.place, start: base + numStart, end: base + numEnd };
      const excerpt = line.slice(from, numEnd).replace(/^[，,：:\s]+/, '');
      // The natural reading: the last count is the numerator, the nearest earlier count of the
      // same kind that is not smaller is its base (「排查150起，调解成功128起，成功率86%」).
      let denom: Count | undefined;
      for (let i = counts.length - 2; i >= 0; i--) {
        const c = counts[i]!;
        if (c.cls === last.cls && c.value >= last.value && c.value > 0) {
          denom = c;
          break;
        }
      }
      if (denom) {
        const actual = (last.value / denom.value) * 100;
        const diff = Math.abs(actual - rate);
        // Far off means the two counts are not numerator and base at all; say nothing.
        if (diff <= 10) {
          out.push({
            ...place,
            rule: 'rate-mismatch',
            severity: 'error',
            message: `比率与数字不符：${last.value}÷${denom.value}＝${fmtPct(actual)}，文中写“${numText}%”，相差${(Math.round(diff * 10) / 10).toFixed(1)}个百分点（允许±0.5）。`,
            excerpt,
          });
          continue;
        }
      }
      // A rate given to two decimals is computed from whole counts. Every count of this clause and
      // the one before may be its base or its numerator (「…32人，…率91.4%」: 32 of 35); only when
      // no reading fits is it impossible (seed 002: 95.36% on 437).
      const decimals = decimalsOf(numText);
      if (decimals === 0 || last.value === 0 || !Number.isInteger(last.value)) continue;
      const tolerance = 0.5 * 10 ** -decimals + 1e-9;
      const near = counts.filter((c) => c.start >= previousClauseStart(line, m!.index, from) && Number.isInteger(c.value) && c.value > 0);
      if (near.length === 0) continue;
      const reachable = near.some((c) => reachableAsBase(rate, c.value, tolerance) || reachableAsNumerator(rate, c.value, tolerance));
      if (reachable) continue;
      const [lo, hi] = nearestWhole(rate, last.value);
      const options = [lo, hi].filter((k) => k >= 0 && k <= last.value).map((k) => `${k}${last.unit}为${fmtPct((k / last.value) * 100)}`);
      out.push({
        ...place,
        rule: 'rate-impossible',
        severity: 'error',
        message: `按${last.value}${last.unit}计算，没有哪个整数能算出“${numText}%”（${options.join('，')}），请核对数字。`,
        excerpt,
      });
    }
  });
  return out;
}

const PARTS_MARKER = /(其中|含|包括)[：:]?/g;
// The count a marker follows (compiled once, not per marker).
const TOTAL_BEFORE = new RegExp(`(?:${COUNT_RE.source})[，,：:\\s]*$`, 'u');
const TOTAL_REACH = 40;
const PARTS_REACH = 600;

function sumFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  info.lines.forEach((line, li) => {
    const base = info.lineStarts[li]!;
    PARTS_MARKER.lastIndex = 0;
    // Found when the line has a marker at all: most lines have none.
    let sentence: ReturnType<typeof sentenceBounds> | undefined;
    let m: RegExpExecArray | null;
    while ((m = PARTS_MARKER.exec(line)) !== null) {
      sentence ??= sentenceBounds(line);
      // The total is the count right before the marker: 「205条，含」「153项，其中」 — within a
      // few dozen characters, so a long sentence of markers is not read again for each.
      const before = line.slice(Math.max(sentence.start(m.index), m.index - TOTAL_REACH), m.index);
      const totalMatch = TOTAL_BEFORE.exec(before);
      if (!totalMatch) continue;
      const beforeStart = m.index - before.length;
      const total = countsIn(line, beforeStart + totalMatch.index, m.index)[0];
      if (!total || total.approximate) continue;
      // The parts follow in the same sentence; a real list of them is far shorter than PARTS_REACH.
      const partsEnd = Math.min(sentence.end(m.index), m.index + PARTS_REACH);
      const parts: Count[] = [];
      for (const c of countsIn(line, m.index + m[0].length, partsEnd)) {
        if (c.cls !== total.cls) break;
        parts.push(c);
      }
      if (parts.length < 2 || parts.some((p) => p.approximate)) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      if (Math.abs(sum - total.value) < 1e-9) continue;
      const gaps = parts.slice(1).map((p, i) => line.slice(parts[i]!.end, p.start));
      const listed = gaps.some((g) => g.includes('、'));
      // 「受理165件，调处结案155件」 is a funnel (each step within the one before), not a split.
      const funnel = !listed && parts.every((p, i) => i === 0 || p.value <= parts[i - 1]!.value);
      if (funnel) continue;
      const claimsAll = parts.some((p) => /其他|其余|其它/.test(line.slice(Math.max(m!.index, p.start - 12), p.start)));
      if (sum < total.value && !claimsAll) continue;
      const unit = total.unit;
      out.push({
        rule: 'sum-mismatch',
        severity: 'error',
        message: `分项合计${sum}${unit}（${parts.map((p) => p.value).join('＋')}），与总数${total.value}${unit}不符，请核对。`,
        ...info.place,
        start: base + total.start,
        end: base + parts[parts.length - 1]!.end,
      });
    }
  });
  return out;
}

// 「4余次」: 余 marks the odd part of a round number (十余次, 200余人); after a single digit there
// is nothing to round, so it is either an exact count or a typo.
const YU_SMALL = /(?<![\d.０-９])([1-9])余(?=[\p{Script=Han}])/gu;

function yuFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of info.text.matchAll(YU_SMALL)) {
    const at = m.index + 1;
    out.push({
      rule: 'yu-small',
      severity: 'error',
      message: `“${m[0]}”：“余”用于“十余次”“200余人”这样的约数，个位数后不用，应写确数“${m[1]}”或改为约数。`,
      ...info.place,
      start: m.index,
      end: at + 1,
      fix: { edits: [{ start: at, end: at + 1, replacement: '' }] },
    });
  }
  return out;
}

const numbersOf = perText((info) => [...rateFindings(info), ...sumFindings(info), ...yuFindings(info)]);

export function checkNumbers(ctx: CheckContext): RawFinding[] {
  return ctx.texts.flatMap((info) => numbersOf(info, ctx.env));
}
