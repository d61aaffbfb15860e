// Dates as 公文 write them. The 成文日期 in the 落款 is 「2024年12月31日」: Arabic numerals, the
// full year, no zero padding (GB/T 9704-2012 7.3.5.1). Reports that are copied or scanned bring
// other forms — 「2024年01月08日」, 「2024-1-8」, 「二〇二四年十二月三十一日」 — which are read here.
import { CN_DIGIT_CHARS, parseChineseNumeral, readChineseDigits } from './numerals';

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** The 成文日期 form: 「2024年12月31日」. */
export function writtenDate({ y, m, d }: CalendarDate): string {
  return `${y}年${m}月${d}日`;
}

/** A day in the 成文日期 form, in local time. */
export function writtenDay(day: Date): string {
  return writtenDate({ y: day.getFullYear(), m: day.getMonth() + 1, d: day.getDate() });
}

export function isRealDate({ y, m, d }: CalendarDate): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface ReadDate extends CalendarDate {
  /** Written exactly in the 成文日期 form. */
  canonical: boolean;
}

const ZEROS = 'OＯ';
const ARABIC = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const SEPARATED = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
const PART = `[0-9${CN_DIGIT_CHARS}${ZEROS}`;
const CHINESE = new RegExp(`^(${PART}]{4})年(${PART}十]{1,3})月(${PART}十]{1,3})日$`);

/** A month or day written 「12」, 「十二」 or 「一二」; a year 「2024」 or 「二〇二四」. */
function datePart(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return s.includes('十') ? parseChineseNumeral(s) : readChineseDigits(s);
}

/**
 * Reads 「2023年12月20日」 (zero-padded too), 2023-12-20, 2023.12.20, 2023/12/20 and the Chinese-digit
 * 「二〇二三年十二月二十日」 (whitespace ignored). Whether the day exists is the caller's question.
 */
export function readDate(raw: string): ReadDate | null {
  const t = raw.replace(/\s+/g, '');
  let m = ARABIC.exec(t);
  if (m) {
    const canonical = !m[2]!.startsWith('0') && !m[3]!.startsWith('0');
    return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), canonical };
  }
  m = SEPARATED.exec(t) ?? CHINESE.exec(t);
  if (!m) return null;
  const [y, mo, d] = [datePart(m[1]!), datePart(m[2]!), datePart(m[3]!)];
  return [y, mo, d].every(Number.isFinite) ? { y, m: mo, d, canonical: false } : null;
}

const PRINTABLE = /^(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?$/;

/**
 * The 成文日期 as printed: 「2024年01月08日」, 「2024-1-8」, 「2024/01/08」 all become 「2024年1月8日」.
 * Text that is not an Arabic date of that shape (e.g. 「二〇二四年」) is returned trimmed, as the
 * user wrote it: the checks point it out, the exporter does not guess.
 */
export function formatSignatureDate(value: string): string {
  const trimmed = value.trim().replace(/\s+/g, '');
  const match = PRINTABLE.exec(trimmed);
  if (!match) return trimmed;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return trimmed;
  return writtenDate({ y: Number(match[1]), m: month, d: day });
}

/** The year a new report is most likely about: last year until the end of March, then this year. */
export function defaultReportYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() < 3 ? year - 1 : year;
}

/**
 * A proposal for the 成文日期. Reports are signed in December of the reported year or in the
 * months after it, so today is the best guess; only for a report about a year that has not begun
 * yet is the year's last day proposed instead.
 */
export function defaultSignatureDate(year: number, today: Date): string {
  if (today.getFullYear() < year) return writtenDate({ y: year, m: 12, d: 31 });
  return writtenDay(today);
}

/** A four-digit year of these reports, for building patterns: 「2024」. */
export const YEAR_DIGITS = '(?:19|20)\\d{2}';
/** What is written between the two years of a range, right (「—」「～」「至」) or not (「-」「~」). */
export const YEAR_RANGE_MARKS = '—–\\-－~～至到';
