// The numbering of 公文 headings by level: 「一、」「（一）」「1.」「（1）」 (GB/T 9704 7.3.3). The app
// numbers level-1 and level-2 sections itself from their place in the outline, so their titles
// are stored without numbers; inside a body the writer types 「1.」「（1）」 (and, against the
// standard, 「1、」「一.」「①」), which the exporter and the checks read back.
import { CN_NUMERAL, parseChineseNumeral, toChineseNumeral } from './numerals';

/** The number of the `index`-th (1-based) heading at `level` (1 = 「一、」 … 4 and deeper = 「（1）」). */
export function headingNumber(level: number, index: number): string {
  if (level <= 1) return `${toChineseNumeral(index)}、`;
  if (level === 2) return `（${toChineseNumeral(index)}）`;
  if (level === 3) return `${index}.`;
  return `（${index}）`;
}

const NUMBER_PREFIXES = [
  new RegExp(`^${CN_NUMERAL}+\\s*[、.．]\\s*`),
  new RegExp(`^[（(]\\s*${CN_NUMERAL}+\\s*[）)]\\s*[、.．]?\\s*`),
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

/** The ways a typed heading is numbered, from the outermost level of the usual hierarchy inwards. */
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

const CN_1_99 = `${CN_NUMERAL}{1,3}`;
const PATTERNS: Array<{ family: HeadingFamily; re: RegExp }> = [
  { family: 'cnParen', re: new RegExp(`^[（(](${CN_1_99})[）)]`) },
  { family: 'numParen', re: /^[（(](\d{1,2})[）)]/ },
  { family: 'cn', re: new RegExp(`^(${CN_1_99})([、.．])`) },
  // 「8.31」 is a date, 「3.5」 a number: the dot must not be followed by a digit.
  { family: 'num', re: /^(\d{1,2})([.．、])(?!\d)/ },
  { family: 'circled', re: /^([①-⑳])/ },
];

/** The number a typed sub-heading opens with: 「一、」「（一）」「1.」「1、」「（1）」「①」. */
export function parseHeadingNumber(line: string): HeadingNumber | null {
  for (const { family, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const raw = m[1]!;
    let value: number;
    if (family === 'cn' || family === 'cnParen') value = parseChineseNumeral(raw);
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

/** The numbering of `value` in the given style, for messages: (num, 「1.」, 3) → 「3.」. */
export function formatHeadingNumber(family: HeadingFamily, variant: string, value: number): string {
  switch (family) {
    case 'cn':
      return `${toChineseNumeral(value)}${variant.slice(1)}`;
    case 'cnParen':
      return `（${toChineseNumeral(value)}）`;
    case 'num':
      return `${value}${variant.slice(1)}`;
    case 'numParen':
      return `（${value}）`;
    case 'circled':
      return String.fromCharCode(0x2460 + value - 1);
  }
}
