// Typed sub-headings at the start of a paragraph: 「一、」「（一）」「1.」「1、」「（1）」「①」. Level-1
// and level-2 section titles are numbered by the app; inside a body the writer types these.

/** Families from the outermost to the innermost level of the usual 公文 hierarchy. */
export const HEADING_FAMILIES = ['cn', 'cnParen', 'num', 'numParen', 'circled'] as const;
export type HeadingFamily = (typeof HEADING_FAMILIES)[number];

export interface HeadingNumber {
  family: HeadingFamily;
  value: number;
  /** How it is written, e.g. 「1.」 vs 「1、」; brackets count as one style whatever their width
   * (the width is the punctuation check's business). */
  variant: string;
  /** The numbering as typed, e.g. 「（3）」. */
  text: string;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 「一」…「九十九」; NaN for anything else. */
export function chineseNumberValue(s: string): number {
  if (s.length === 0) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? NaN) : NaN;
  if (s.indexOf('十', ten + 1) >= 0) return NaN;
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? (CN_DIGITS[tensPart] ?? NaN) : NaN;
  const ones = onesPart === '' ? 0 : onesPart.length === 1 ? (CN_DIGITS[onesPart] ?? NaN) : NaN;
  return tens * 10 + ones;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: Array<{ family: HeadingFamily; re: RegExp }> = [
  { family: 'cnParen', re: new RegExp(`^[（(](${CN})[）)]`) },
  { family: 'numParen', re: /^[（(](\d{1,2})[）)]/ },
  { family: 'cn', re: new RegExp(`^(${CN})([、.．])`) },
  // 「8.31」 is a date, 「3.5」 a number: the dot must not be followed by a digit.
  { family: 'num', re: /^(\d{1,2})([.．、])(?!\d)/ },
  { family: 'circled', re: /^([①-⑳])/ },
];

export function parseHeadingNumber(line: string): HeadingNumber | null {
  for (const { family, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const raw = m[1]!;
    let value: number;
    if (family === 'cn' || family === 'cnParen') value = chineseNumberValue(raw);
    else if (family === 'circled') value = raw.charCodeAt(0) - 0x2460 + 1;
    else value = Number(raw);
    if (!Number.isFinite(value) || value < 1) continue;
    const sep = m[2];
    const variant =
      family === 'num' ? (sep === '、' ? '1、' : '1.') :
      family === 'cn' ? (sep === '、' ? '一、' : '一.') :
      family === 'cnParen' ? '（一）' :
      family === 'numParen' ? '（1）' : '①';
    return { family, value, variant, text: m[0] };
  }
  return null;
}

/** A line that stands as a heading: numbered, or short and without closing punctuation. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (parseHeadingNumber(t)) return true;
  return t.length > 0 && t.length <= 30 && !/[。；;，,、：:！？!?]$/.test(t) && !/[。；;]/.test(t);
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 3 → 「三」, 12 → 「十二」, 21 → 「二十一」 (1–99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? '';
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

/** The numbering of `value` in the given style, for messages: (num, 「1.」, 3) → 「3.」. */
export function formatHeadingNumber(family: HeadingFamily, variant: string, value: number): string {
  const cn = chineseNumeral;
  switch (family) {
    case 'cn':
      return `${cn(value)}${variant.slice(1)}`;
    case 'cnParen':
      return `（${cn(value)}）`;
    case 'num':
      return `${value}${variant.slice(1)}`;
    case 'numParen':
      return `（${value}）`;
    case 'circled':
      return String.fromCharCode(0x2460 + value - 1);
  }
}
