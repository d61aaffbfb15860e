import { describe, expect, it } from 'vitest';
import { formatSignatureDate } from '../../../shared/export/date';
import { chineseNumeral, headingNumber, parseBodyHeading, stripHeadingNumber } from '../../../shared/export/numbering';
import { charWidth, lineCount, textWidth } from '../../../shared/export/measure';

describe('heading numbers', () => {
  it('writes Chinese numerals the way 公文 count', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
    expect(chineseNumeral(100)).toBe('100');
  });

  it('numbers each level in its own form', () => {
    expect([1, 2, 3, 4, 5].map((level) => headingNumber(level, 2))).toEqual(['二、', '（二）', '2.', '（2）', '（2）']);
  });

  it('drops numbers typed into titles, whatever their form', () => {
    for (const t of ['一、工作开展情况', '（一）工作开展情况', '(一)工作开展情况', '十二、工作开展情况', '1.工作开展情况', '1、工作开展情况', '（1）工作开展情况', ' 工作开展情况 ']) {
      expect(stripHeadingNumber(t)).toBe('工作开展情况');
    }
    expect(stripHeadingNumber('2024年工作计划')).toBe('2024年工作计划');
    expect(stripHeadingNumber('1.5万元的使用')).toBe('1.5万元的使用');
  });

  it('recognises 3rd- and 4th-level heading lines but not decimals or years', () => {
    expect(parseBodyHeading('1、加强领导。')).toEqual({ level: 3, index: 1, rest: '加强领导。' });
    expect(parseBodyHeading('12.加强领导')).toEqual({ level: 3, index: 12, rest: '加强领导' });
    expect(parseBodyHeading('(3)开展培训')).toEqual({ level: 4, index: 3, rest: '开展培训' });
    expect(parseBodyHeading('（3）开展培训')).toEqual({ level: 4, index: 3, rest: '开展培训' });
    expect(parseBodyHeading('1.5万元用于培训')).toBeNull();
    expect(parseBodyHeading('2024年，全乡')).toBeNull();
    expect(parseBodyHeading('一是加强领导')).toBeNull();
  });
});

describe('成文日期', () => {
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

describe('text width', () => {
  it('counts Chinese and full-width marks as one 字, ASCII as half', () => {
    expect(charWidth('法')).toBe(1);
    expect(charWidth('，')).toBe(1);
    expect(charWidth('“')).toBe(1);
    expect(charWidth('—')).toBe(1);
    expect(charWidth('1')).toBe(0.5);
    expect(textWidth('2024年')).toBe(3);
    expect(lineCount('字'.repeat(26), 28, 2)).toBe(1);
    expect(lineCount('字'.repeat(27), 28, 2)).toBe(2);
    expect(lineCount('', 28, 2)).toBe(1);
  });
});
