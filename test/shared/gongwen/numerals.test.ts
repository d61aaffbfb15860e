import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, readChineseDigits, toChineseNumeral, writeChineseDigits } from '../../../shared/gongwen/numerals';
import { itMaps } from '../../helpers/cases';

describe('counting numerals', () => {
  it('writes Chinese numerals the way 公文 count', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(toChineseNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
    expect(toChineseNumeral(100)).toBe('100');
    expect(toChineseNumeral(0)).toBe('0');
    expect(toChineseNumeral(2.5)).toBe('2.5');
  });

  it('reads them back, 1 to 99, and nothing else', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    expect(parseChineseNumeral('一十')).toBe(10);
    expect(parseChineseNumeral('二十一')).toBe(21);
    for (const bad of ['', '十十', '一二', '〇', '零', '十〇', '三四十', '二十十', '十一十', '百', 'O', '1']) {
      expect(parseChineseNumeral(bad)).toBeNaN();
    }
  });
});

describe('digit-by-digit numbers (years)', () => {
  itMaps('reads 〇 and 零, and the O of a typewriter, as zero', readChineseDigits, [
    ['二〇二四', 2024],
    ['二零二四', 2024],
    ['二O二O', 2020],
    ['二Ｏ一九', 2019],
    ['', NaN],
    ['二十', NaN],
    ['2024', NaN],
  ]);

  it('writes them with the zero the text used', () => {
    expect(writeChineseDigits(2025)).toBe('二〇二五');
    expect(writeChineseDigits(2020, '零')).toBe('二零二零');
    expect(readChineseDigits(writeChineseDigits(1999))).toBe(1999);
  });
});
