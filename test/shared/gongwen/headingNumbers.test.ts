import { describe, expect, it } from 'vitest';
import { formatHeadingNumber, headingNumber, parseBodyHeading, parseHeadingNumber, stripHeadingNumber } from '../../../shared/gongwen/headingNumbers';
import { itMaps } from '../../helpers/cases';

describe('numbering by level', () => {
  it('numbers each level in its own form', () => {
    expect([1, 2, 3, 4, 5].map((level) => headingNumber(level, 2))).toEqual(['二、', '（二）', '2.', '（2）', '（2）']);
  });

  // [level, number]
  itMaps('numbers past ten in words', ([level, n]: [number, number]) => headingNumber(level, n), [
    [[1, 12], '十二、'],
    [[2, 20], '（二十）'],
  ]);

  itMaps('drops numbers typed into titles, whatever their form', stripHeadingNumber, [
    ['一、工作开展情况', '工作开展情况'],
    ['（一）工作开展情况', '工作开展情况'],
    ['(一)工作开展情况', '工作开展情况'],
    ['十二、工作开展情况', '工作开展情况'],
    ['1.工作开展情况', '工作开展情况'],
    ['1、工作开展情况', '工作开展情况'],
    ['（1）工作开展情况', '工作开展情况'],
    [' 工作开展情况 ', '工作开展情况'],
    ['2024年工作计划', '2024年工作计划'],
    ['1.5万元的使用', '1.5万元的使用'],
  ]);

  itMaps('recognises 3rd- and 4th-level heading lines but not decimals or years', parseBodyHeading, [
    ['1、加强领导。', { level: 3, index: 1, rest: '加强领导。' }],
    ['12.加强领导', { level: 3, index: 12, rest: '加强领导' }],
    ['(3)开展培训', { level: 4, index: 3, rest: '开展培训' }],
    ['（3）开展培训', { level: 4, index: 3, rest: '开展培训' }],
    ['1.5万元用于培训', null],
    ['2024年，全乡', null],
    ['一是加强领导', null],
  ]);
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

  // [family, the number as typed, the number to write]
  itMaps('writes a number in the style it was typed in, for messages', (args: Parameters<typeof formatHeadingNumber>) => formatHeadingNumber(...args), [
    [['cn', '一.', 12], '十二.'],
    [['cnParen', '（一）', 3], '（三）'],
    [['num', '1、', 4], '4、'],
    [['numParen', '（1）', 2], '（2）'],
    [['circled', '①', 3], '③'],
  ]);
});
