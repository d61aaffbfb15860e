// The numbering of 公文 headings: 「一、」「（一）」「1.」「（1）」. The exporter numbers sections from
// their place in the tree, so numbers the user typed into a title are dropped first.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond 99 Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The number of the `index`-th (1-based) heading at `level` (1 = 「一、」 … 4 and deeper = 「（1）」). */
export function headingNumber(level: number, index: number): string {
  if (level <= 1) return `${chineseNumeral(index)}、`;
  if (level === 2) return `（${chineseNumeral(index)}）`;
  if (level === 3) return `${index}.`;
  return `（${index}）`;
}

const CN = '[一二三四五六七八九十]+';
const NUMBER_PREFIXES = [
  new RegExp(`^${CN}\\s*[、.．]\\s*`),
  new RegExp(`^[（(]\\s*${CN}\\s*[）)]\\s*[、.．]?\\s*`),
  /^\d{1,2}\s*[.．、](?!\d)\s*/,
  /^[（(]\s*\d{1,2}\s*[）)]\s*[、.．]?\s*/,
];

/** 「一、工作开展情况」 → 「工作开展情况」; titles without a number are returned trimmed. */
export function stripHeadingNumber(title: string): string {
  const trimmed = title.trim();
  for (const pattern of NUMBER_PREFIXES) {
    const match = pattern.exec(trimmed);
    if (match) return trimmed.slice(match[0].length).trim();
  }
  return trimmed;
}

export interface BodyHeading {
  level: 3 | 4;
  index: number;
  /** The line after its number, e.g. 「加强组织领导。……」. */
  rest: string;
}

const LEVEL3 = /^(\d{1,2})\s*[.．、](?!\d)\s*/;
const LEVEL4 = /^[（(]\s*(\d{1,2})\s*[）)]\s*/;

/** Body lines that open with 「1.」「1、」 are 3rd-level headings, 「（1）」 4th-level. */
export function parseBodyHeading(line: string): BodyHeading | null {
  const level3 = LEVEL3.exec(line);
  if (level3) return { level: 3, index: Number(level3[1]), rest: line.slice(level3[0].length) };
  const level4 = LEVEL4.exec(line);
  if (level4) return { level: 4, index: Number(level4[1]), rest: line.slice(level4[0].length) };
  return null;
}
