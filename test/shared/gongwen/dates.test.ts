import { describe, expect, it } from 'vitest';
import { defaultReportYear, defaultSignatureDate, formatSignatureDate, isRealDate, readDate, writtenDate, writtenDay } from '../../../shared/gongwen/dates';
import { itMaps } from '../../helpers/cases';

describe('the 成文日期 form', () => {
  it('is Arabic numerals without zero padding', () => {
    expect(writtenDate({ y: 2024, m: 1, d: 8 })).toBe('2024年1月8日');
    expect(writtenDay(new Date(2024, 0, 8))).toBe('2024年1月8日');
  });

  itMaps('prints Arabic numerals without zero padding', formatSignatureDate, [
    ['2024年01月08日', '2024年1月8日'],
    ['2024-1-8', '2024年1月8日'],
    [' 2024/12/31 ', '2024年12月31日'],
    ['2024年12月31日', '2024年12月31日'],
  ]);

  itMaps('leaves anything else as written', formatSignatureDate, [
    ['二〇二四年十二月', '二〇二四年十二月'],
    ['2024-13-01', '2024-13-01'],
    ['', ''],
  ]);
});

describe('reading dates', () => {
  itMaps('parses the forms it knows', readDate, [
    ['2023年12月21日', { y: 2023, m: 12, d: 21, canonical: true }],
    ['2023年 12 月 1日', { y: 2023, m: 12, d: 1, canonical: true }],
    ['2020年09月04日', { y: 2020, m: 9, d: 4, canonical: false }],
    ['2021-03-05', { y: 2021, m: 3, d: 5, canonical: false }],
    ['2021.3.5', { y: 2021, m: 3, d: 5, canonical: false }],
    ['二〇二四年一月三十一日', { y: 2024, m: 1, d: 31, canonical: false }],
    ['二〇二四年十月十日', { y: 2024, m: 10, d: 10, canonical: false }],
    ['二零二零年十二月十四日', { y: 2020, m: 12, d: 14, canonical: false }],
  ]);

  itMaps('returns null for what is not a whole date', readDate, [
    ['十二月', null],
    ['2024年12月', null],
    ['2020年12月14日前完成', null],
    ['2020317日', null],
    ['二〇二四年十十月一日', null],
    ['', null],
  ]);

  it('leaves whether the day exists to isRealDate', () => {
    expect(readDate('2023年2月30日')).toMatchObject({ m: 2, d: 30 });
    expect(isRealDate({ y: 2023, m: 2, d: 30 })).toBe(false);
    expect(isRealDate({ y: 2024, m: 2, d: 29 })).toBe(true);
    expect(isRealDate({ y: 2023, m: 13, d: 1 })).toBe(false);
  });
});

describe('defaults', () => {
  itMaps('defaults the report year to last year until the end of March', defaultReportYear, [
    [new Date(2026, 0, 1), 2025],
    [new Date(2026, 2, 31, 23, 59, 59), 2025],
    [new Date(2026, 3, 1, 0, 0, 0), 2026],
    [new Date(2025, 11, 10), 2025],
  ]);

  // [report year, today]
  itMaps('proposes today as the signature date, in GB/T 9704 form', ([year, today]: [number, Date]) => defaultSignatureDate(year, today), [
    [[2025, new Date(2025, 11, 10)], '2025年12月10日'],
    [[2025, new Date(2026, 1, 3)], '2026年2月3日'],
    [[2026, new Date(2025, 11, 10)], '2026年12月31日'],
  ]);
});
