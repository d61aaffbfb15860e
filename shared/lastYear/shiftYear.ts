// Moving a report to another year in what the app wrote or the user will certainly want moved:
// the title, the opening, and headings such as 「2024年工作计划」. Only years near the base year
// move (the year before, the year itself, the year after), each by the same distance, so
// 「2024年工作计划」 in a 2023 report becomes 「2025年工作计划」 in the 2024 one, while a 「2019年」
// mentioned for history stays. Body text is never passed through here.

import { YEAR_DIGITS, YEAR_RANGE_MARKS } from '../gongwen/dates';
import { CN_DIGIT_CHARS, readChineseDigits, writeChineseDigits } from '../gongwen/numerals';

// A year followed by 年, or a range 「2023—2024年」 (moved as a whole or not at all: 「2021—2025年」
// is a fixed period such as the 八五普法 plan, and its end must not move alone).
const ARABIC_YEAR_RE = new RegExp(`(?<![\\d.])(${YEAR_DIGITS})(?:(\\s*年?\\s*[${YEAR_RANGE_MARKS}]\\s*)(${YEAR_DIGITS}))?(?=\\s*年)`, 'g');
const CN_YEAR_RE = new RegExp(`([${CN_DIGIT_CHARS}]{4})(?=\\s*年)`, 'g');

/** Whether `year` is close enough to the base year to be the report's own. */
function moves(year: number, from: number): boolean {
  return Math.abs(year - from) <= 1;
}

/** Moves the years near `from` by `to - from`; everything else is left as it is. */
export function shiftYears(text: string, from: number, to: number): string {
  const delta = to - from;
  if (delta === 0) return text;
  return text
    .replace(ARABIC_YEAR_RE, (m, first: string, dash: string | undefined, second: string | undefined) => {
      const a = Number(first);
      if (second === undefined) return moves(a, from) ? String(a + delta) : m;
      const b = Number(second);
      return moves(a, from) && moves(b, from) ? `${a + delta}${dash}${b + delta}` : m;
    })
    .replace(CN_YEAR_RE, (m) => {
      const y = readChineseDigits(m);
      return Number.isNaN(y) || !moves(y, from) ? m : writeChineseDigits(y + delta, m.includes('零') ? '零' : '〇');
    });
}

/** A report title or section heading moved from `from` to `to`. */
export function shiftYearInTitle(text: string, from: number, to: number): string {
  return shiftYears(text, from, to);
}
