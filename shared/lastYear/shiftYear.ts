// Moving a report to another year in what the app wrote or the user will certainly want moved:
// the title, the opening, and headings such as 「2024年工作计划」. Only years near the base year
// move (the year before, the year itself, the year after), each by the same distance, so
// 「2024年工作计划」 in a 2023 report becomes 「2025年工作计划」 in the 2024 one, while a 「2019年」
// mentioned for history stays. A year inside a quoted name (《禄丰市2022年度法治建设成效考评细则》,
// 「2023年法治乡村示范村」) never moves: that document or title may not exist for the new year, so
// it is left for 审校 to flag. Body text is never passed through here.

import { YEAR_DIGITS, YEAR_RANGE_MARKS } from '../gongwen/dates';
import { CN_DIGIT_CHARS, readChineseDigits, writeChineseDigits } from '../gongwen/numerals';
import { defaultTitle } from '../gongwen/placeholders';

// A year followed by 年, or a range 「2023—2024年」 (moved as a whole or not at all: 「2021—2025年」
// is a fixed period such as the 八五普法 plan, and its end must not move alone).
const ARABIC_YEAR_RE = new RegExp(`(?<![\\d.])(${YEAR_DIGITS})(?:(\\s*年?\\s*[${YEAR_RANGE_MARKS}]\\s*)(${YEAR_DIGITS}))?(?=\\s*年)`, 'g');
const CN_YEAR_RE = new RegExp(`([${CN_DIGIT_CHARS}]{4})(?=\\s*年)`, 'g');
/** Quoted names: 《…》 and 〈…〉 titles, 「…」 and “…” names; a quote never spans a line. */
const QUOTED_RE = /《[^《》\n]*》|〈[^〈〉\n]*〉|「[^「」\n]*」|“[^“”\n]*”/g;

/** Whether `year` is close enough to the base year to be the report's own. */
function moves(year: number, from: number): boolean {
  return Math.abs(year - from) <= 1;
}

function shiftPlain(text: string, from: number, delta: number): string {
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

/** Moves the years near `from` by `to - from` outside quoted names; everything else is left as it is. */
export function shiftYears(text: string, from: number, to: number): string {
  const delta = to - from;
  if (delta === 0) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(QUOTED_RE)) {
    out += shiftPlain(text.slice(at, m.index), from, delta) + m[0];
    at = m.index + m[0].length;
  }
  return out + shiftPlain(text.slice(at), from, delta);
}

export interface TitleUnit {
  fullName: string;
  shortName?: string | undefined;
}

/** The names a title may start with for this unit: full, short, and without 「人民政府」. */
function namesOf(unit: TitleUnit): string[] {
  const full = unit.fullName.trim();
  const bare = full.replace(/(人民政府|办事处)$/, '');
  return [full, unit.shortName?.trim() ?? '', bare].filter((n) => n.length >= 2);
}

/**
 * The new year's title from last year's: years moved, and the name in front of it the confirmed
 * unit's — an imported title often carried a wrong or missing name (「关于2023年度…」, a site's
 * name run on). A title without 「关于」 that does not start with the unit keeps its own wording.
 */
export function titleForYear(baseTitle: string, unit: TitleUnit, from: number, to: number): string {
  const shifted = shiftYears(baseTitle.trim(), from, to);
  if (shifted === '') return defaultTitle(unit.fullName, to);
  const about = shifted.indexOf('关于');
  if (about < 0) return shifted;
  const prefix = shifted.slice(0, about);
  const names = namesOf(unit);
  // 「中共××镇委员会××镇人民政府关于…」: a joint title keeps both bodies.
  const own = names.includes(prefix) || (/^中共/.test(prefix) && names.some((n) => prefix.endsWith(n)));
  return own ? shifted : `${unit.fullName.trim()}${shifted.slice(about)}`;
}
