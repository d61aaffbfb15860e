// The 落款 of a report (署名, 成文日期) and the unit's short name. The title and 主送 are read in
// header.ts, the unit, its kind and the year in identity.ts.

import { readDate, writtenDate } from '../gongwen/dates';
import { unitKindOf } from './unitName';
import { CN_NUMERAL } from '../gongwen/numerals';

/**
 * A line that is only a date — 「2020年12月14日」, 「2020年09月04日」, 「二〇二〇年十二月十四日」,
 * 「2020-12-14」 — normalised to 「YYYY年M月D日」; null otherwise (or for an impossible date).
 */
export function parseDateLine(line: string): string | null {
  const date = readDate(line);
  if (!date) return null;
  const { y, m, d } = date;
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return writtenDate(date);
}

/** Endings of the names of the bodies that write these reports. */
const UNIT_SUFFIX_RE =
  /(人民政府|政府|委员会|党委|局|委|办公室|办|办事处|中心|院|所|队|站|厅|部|署|镇|乡|街道|管委会)$/;

/** A numbered heading or item, a bracket or a digit at the start: never a 署名. */
const LISTED_LINE_RE = new RegExp(String.raw`^${CN_NUMERAL}+[、.．]|^[（(]|^\d`);

/** A line that can be a 署名: short, a name not a sentence. */
export function isSignatureLine(line: string, needSuffix: boolean): boolean {
  if (line.length < 2 || line.length > 40 || /[，,。：:；;！？、]/.test(line)) return false;
  if (LISTED_LINE_RE.test(line)) return false;
  return !needSuffix || UNIT_SUFFIX_RE.test(line);
}

/** 「南通市海门区三星镇人民政府」 → 「三星镇」: the name without the places above it. */
export function shortUnitName(fullName: string): string {
  const name = fullName.replace(/人民政府$/, '');
  // Departments keep their county in the name (「苍溪县乡村振兴局」), and 「县市场监督管理局」
  // shows that cutting at 市 or 县 is not safe for them.
  if (unitKindOf(fullName) !== 'township') return fullName;
  const m = /^(?:.{1,10}?[省市州盟])?(?:.{1,10}?[市州盟])?(?:.{1,10}?[区县旗])?(.{2,})$/.exec(name);
  return m?.[1] ?? name;
}
