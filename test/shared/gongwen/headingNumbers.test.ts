import { describe, expect, it } from 'vitest';
import {
  formatHeadingNumber,
  headingNumber,
  parseBodyHeading,
  parseHeadingNumber,
  stripHeadingNumber,
} from '../../../shared/gongwen/headingNumbers';

describe('numbering by level', () => {
  it('numbers each level in its own form', () => {
    expect([1, 2, 3, 4, 5].map((level) => headingNumber(level, 2))).toEqual(['二、', '（二）', '2.', '（2）', '（2）']);
    expect(headingNumber(1, 12)).toBe('十二、');
    expect(headingNumber(2, 20)).toBe('（二十）');
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

describe('typed heading numbers', () => {
  it('parses the styles reports use, and not dates or decimals', () => {
    expect(parseHeadingNumber('（三）全面开展')).toMatchObject({ family: 'cnParen', value: 3 });
    expect(parseHeadingNumber('(十二)其他')).toMatchObject({ family: 'cnParen', value: 12 });
    expect(parseHeadingNumber('1、强化')).toMatchObject({ family: 'num', value: 1, variant: '1、' });
    expect(parseHeadingNumber('2．强化')).toMatchObject({ family: 'num', value: 2, variant: '1.' });
    expect(parseHeadingNumber('三、下一步')).toMatchObject({ family: 'cn', value: 3 });
    expect(parseHeadingNumber('②其他')).toMatchObject({ family: 'circled', value: 2 });
    expect(parseHeadingNumber('8.31工程')).toBeNull();
    expect(parseHeadingNumber('2020年')).toBeNull();
    expect(parseHeadingNumber('十十、其他')).toBeNull();
  });

  it('writes a number in the style it was typed in, for messages', () => {
    expect(formatHeadingNumber('cn', '一.', 12)).toBe('十二.');
    expect(formatHeadingNumber('cnParen', '（一）', 3)).toBe('（三）');
    expect(formatHeadingNumber('num', '1、', 4)).toBe('4、');
    expect(formatHeadingNumber('numParen', '（1）', 2)).toBe('（2）');
    expect(formatHeadingNumber('circled', '①', 3)).toBe('③');
  });
});
