import { describe, expect, it } from 'vitest';
import {
  defaultReportYear,
  defaultSignatureDate,
  formatSignatureDate,
  isRealDate,
  readDate,
  writtenDate,
  writtenDay,
} from '../../../shared/gongwen/dates';

describe('the 成文日期 form', () => {
  it('is Arabic numerals without zero padding', () => {
    expect(writtenDate({ y: 2024, m: 1, d: 8 })).toBe('2024年1月8日');
    expect(writtenDay(new Date(2024, 0, 8))).toBe('2024年1月8日');
  });

  it('prints Arabic numerals without zero padding', () => {
    expect(formatSignatureDate('2024年01月08日')).toBe('2024年1月8日');
    expect(formatSignatureDate('2024-1-8')).toBe('2024年1月8日');
    expect(formatSignatureDate(' 2024/12/31 ')).toBe('2024年12月31日');
    expect(formatSignatureDate('2024年12月31日')).toBe('2024年12月31日');
  });

  it('leaves anything else as written', () => {
    expect(formatSignatureDate('二〇二四年十二月')).toBe('二〇二四年十二月');
    expect(formatSignatureDate('2024-13-01')).toBe('2024-13-01');
    expect(formatSignatureDate('')).toBe('');
  });
});

describe('reading dates', () => {
  it('parses the forms it knows', () => {
    expect(readDate('2023年12月21日')).toEqual({ y: 2023, m: 12, d: 21, canonical: true });
    expect(readDate('2023年 12 月 1日')).toEqual({ y: 2023, m: 12, d: 1, canonical: true });
    expect(readDate('2020年09月04日')).toEqual({ y: 2020, m: 9, d: 4, canonical: false });
    expect(readDate('2021-03-05')).toEqual({ y: 2021, m: 3, d: 5, canonical: false });
    expect(readDate('2021.3.5')).toEqual({ y: 2021, m: 3, d: 5, canonical: false });
    expect(readDate('二〇二四年一月三十一日')).toEqual({ y: 2024, m: 1, d: 31, canonical: false });
    expect(readDate('二〇二四年十月十日')).toEqual({ y: 2024, m: 10, d: 10, canonical: false });
    expect(readDate('二零二零年十二月十四日')).toEqual({ y: 2020, m: 12, d: 14, canonical: false });
  });

  it('returns null for what is not a whole date', () => {
    for (const bad of ['十二月', '2024年12月', '2020年12月14日前完成', '2020317日', '二〇二四年十十月一日', '']) {
      expect(readDate(bad)).toBeNull();
    }
  });

  it('leaves whether the day exists to isRealDate', () => {
    expect(readDate('2023年2月30日')).toMatchObject({ m: 2, d: 30 });
    expect(isRealDate({ y: 2023, m: 2, d: 30 })).toBe(false);
    expect(isRealDate({ y: 2024, m: 2, d: 29 })).toBe(true);
    expect(isRealDate({ y: 2023, m: 13, d: 1 })).toBe(false);
  });
});

describe('defaults', () => {
  it('defaults the report year to last year until the end of March', () => {
    expect(defaultReportYear(new Date(2026, 0, 1))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 2, 31, 23, 59, 59))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 3, 1, 0, 0, 0))).toBe(2026);
    expect(defaultReportYear(new Date(2025, 11, 10))).toBe(2025);
  });

  it('proposes today as the signature date, in GB/T 9704 form', () => {
    expect(defaultSignatureDate(2025, new Date(2025, 11, 10))).toBe('2025年12月10日');
    expect(defaultSignatureDate(2025, new Date(2026, 1, 3))).toBe('2026年2月3日');
    expect(defaultSignatureDate(2026, new Date(2025, 11, 10))).toBe('2026年12月31日');
  });
});
