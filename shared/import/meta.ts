// The parts of a report around its sections: title, 主送机关, 署名, 成文日期, the unit and the year.

import { readDate, writtenDate } from '../gongwen/dates';
import type { UnitKind } from '../types';

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

/** A line that can be a 署名: short, a name not a sentence. */
export function isSignatureLine(line: string, needSuffix: boolean): boolean {
  if (line.length < 2 || line.length > 40 || /[，,。：:；;！？、]/.test(line)) return false;
  if (/^[一二三四五六七八九十]+[、.．]|^[（(]|^\d/.test(line)) return false;
  return !needSuffix || UNIT_SUFFIX_RE.test(line);
}

/** 「区政府：」: a short line ending with a colon, the 主送机关. */
export function isAddresseeLine(line: string): boolean {
  return /^[^，,。：:；;！？\s]{2,40}[：:]$/.test(line);
}

/** A first line shaped like a report title: one line, no sentence inside it. */
function titleLike(line: string, minLength: number, maxLength: number): boolean {
  return line.length >= minLength && line.length <= maxLength && !/[。；;！？]/.test(line) && !/[：:]$/.test(line);
}

const TITLE_WORDS_RE = /(报告|情况|总结|工作)$/;
/** A long title wraps over up to three lines in a 公文; a fourth is allowed for odd layouts. */
const MAX_TITLE_LINES = 4;

/**
 * Title from the first kept lines (before the opening): one line, or several short ones when the
 * title was wrapped (「…人民政府关于」 / 「2020年度法治政府建设情况的报告」). Lines are joined up to
 * the one that ends in 「报告」, else up to the first that ends like a title. Returns how many
 * lines it took (0 = no title).
 */
export function findTitle(lines: readonly string[]): { title: string; used: number } {
  const parts: string[] = [];
  let fallback = { title: '', used: 0 };
  for (let k = 0; k < Math.min(MAX_TITLE_LINES, lines.length); k++) {
    const line = lines[k]!;
    if (!(k === 0 ? titleLike(line, 4, 60) : titleLike(line, 2, 40)) || /[，,]/.test(line)) break;
    parts.push(line);
    const joined = parts.join('');
    if (/报告$/.test(joined)) return { title: joined, used: k + 1 };
    if (fallback.used === 0 && TITLE_WORDS_RE.test(joined)) fallback = { title: joined, used: k + 1 };
  }
  if (fallback.used > 0) return fallback;
  // Without a title ending the line must still read as one (「…法治政府建设…」).
  const first = lines[0];
  if (first !== undefined && parts.length > 0 && /法治/.test(first) && first.length <= 50) return { title: first, used: 1 };
  return { title: '', used: 0 };
}

const SELF_REFERENCE_RE = /^(我|本)(局|乡|镇|委|办|单位|街道|中心|院|所)/;

/** The writing unit as named by the title, the signature or the opening sentence. */
export function findUnitName(title: string, signatureName: string, opening: string): string {
  const byTitle = /^(.{2,40}?)关于/.exec(title)?.[1] ?? /^(.{2,40}?)(\d{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(title)?.[1];
  if (byTitle && !/法治|^关于/.test(byTitle)) return byTitle.trim();
  if (signatureName) {
    const names = signatureName.split('\n');
    return names.find((n) => /政府$/.test(n)) ?? names[0]!;
  }
  const firstSentence = opening.split(/[。\n]/)[0] ?? '';
  const m = /^\d{4}\s*年度?(?:以来|来)?[，,]\s*(?:.{0,30}?下[，,]\s*)?(.{2,30}?)(?:党委|在|坚持|认真|紧紧|深入|始终|围绕|以|全面)/.exec(
    firstSentence,
  );
  const name = m?.[1]?.replace(/[，,、\s]+$/, '');
  return name && !SELF_REFERENCE_RE.test(name) ? name : '';
}

/** The year reported on: from the title, the opening sentence, or the signature date. */
export function findYear(title: string, opening: string, signatureDate: string): number | null {
  const valid = (y: number) => y >= 2000 && y <= 2100;
  const inTitle = /(\d{4})\s*年/.exec(title);
  if (inTitle && valid(Number(inTitle[1]))) return Number(inTitle[1]);
  const inOpening = /(\d{4})\s*年/.exec(opening.slice(0, 40));
  if (inOpening && valid(Number(inOpening[1]))) return Number(inOpening[1]);
  const signed = /^(\d{4})年(\d{1,2})月/.exec(signatureDate);
  if (signed) {
    // Reports are signed from December of the year reported on to March of the next.
    const y = Number(signed[1]);
    return Number(signed[2]) >= 9 ? y : y - 1;
  }
  return null;
}

/** Township or county department, from how the unit's name ends; null when it cannot tell. */
export function guessUnitKind(unitName: string): UnitKind | null {
  const name = unitName.replace(/(人民政府|党委|政府)$/, '');
  if (/(乡|镇|街道|街道办事处|苏木)$/.test(name)) return 'township';
  if (/(局|委员会|委|办公室|办|中心|院|所|队|站|厅|部|署|管委会)$/.test(name)) return 'department';
  return null;
}

/** 「南通市海门区三星镇人民政府」 → 「三星镇」: the name without the places above it. */
export function shortUnitName(fullName: string): string {
  const name = fullName.replace(/人民政府$/, '');
  // Departments keep their county in the name (「苍溪县乡村振兴局」), and 「县市场监督管理局」
  // shows that cutting at 市 or 县 is not safe for them.
  if (guessUnitKind(fullName) !== 'township') return fullName;
  const m = /^(?:.{1,10}?[省市州盟])?(?:.{1,10}?[市州盟])?(?:.{1,10}?[区县旗])?(.{2,})$/.exec(name);
  return m?.[1] ?? name;
}
