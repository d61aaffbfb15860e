// Chinese numerals as 公文 write them. Two kinds: counting numerals 一 … 九十九 (heading numbers,
// 「一是」, the month and day of a date) and digit-by-digit numbers such as the year 二〇二四
// (〇 or 零 for zero; scans and typewriters give O and Ｏ too).

/** A counting numeral's characters, for building patterns: 「[一二三四五六七八九十]」. */
export const CN_NUMERAL_CHARS = '一二三四五六七八九十';
/** The character class of a counting numeral, 「[一二三四五六七八九十]」, for building patterns. */
export const CN_NUMERAL = `[${CN_NUMERAL_CHARS}]`;
/** A digit-by-digit number's characters, for building patterns (years: 「[〇零一…九]{4}」). */
export const CN_DIGIT_CHARS = '〇零一二三四五六七八九';

const DIGITS = '〇一二三四五六七八九';
const ZEROS = '〇零OＯ';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; anything outside 1–99 in Arabic digits. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

function digitValue(ch: string): number {
  if (ZEROS.includes(ch)) return 0;
  const d = DIGITS.indexOf(ch);
  return d > 0 ? d : NaN;
}

/** 「三」 → 3, 「十二」 → 12, 「一十」 → 10, 「二十一」 → 21; NaN for anything that is not 1–99. */
export function parseChineseNumeral(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && digitValue(s) > 0 ? digitValue(s) : NaN;
  if (ten > 1 || s.length - ten > 2) return NaN;
  const tens = ten === 0 ? 1 : digitValue(s[0]!);
  const ones = ten === s.length - 1 ? 0 : digitValue(s[ten + 1]!);
  // 「十〇」 is not a numeral: a written ones digit is 一 … 九.
  const onesOk = ten === s.length - 1 || ones > 0;
  return tens > 0 && onesOk ? tens * 10 + ones : NaN;
}

/** 「二〇二四」 / 「二零二四」 → 2024, digit by digit; NaN for anything else (or an empty string). */
export function readChineseDigits(s: string): number {
  if (s === '') return NaN;
  let n = 0;
  for (const ch of s) {
    const d = digitValue(ch);
    if (Number.isNaN(d)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** 2024 → 「二〇二四」; `zero` is the character written for 0 (keep the one the text used). */
export function writeChineseDigits(n: number, zero: '〇' | '零' = '〇'): string {
  return [...String(n)].map((d) => (d === '0' ? zero : DIGITS[Number(d)]!)).join('');
}
