import { describe, expect, it } from 'vitest';
import { findTitle, findUnitName, findYear, guessUnitKind, parseDateLine, shortUnitName } from '../../../shared/import/meta';

describe('findTitle', () => {
  it('joins a title wrapped over three lines, as the exporter lays out a long one', () => {
    const lines = ['重庆市武隆区浩口苗族仡佬族乡', '人民政府关于2020年度法治政府', '建设情况的报告', '区政府：', '2020年，我乡……'];
    expect(findTitle(lines)).toEqual({ title: '重庆市武隆区浩口苗族仡佬族乡人民政府关于2020年度法治政府建设情况的报告', used: 3 });
  });

  it('does not stop at a first line that happens to end in 情况', () => {
    expect(findTitle(['XX镇关于2024年度法治政府建设情况', '的报告', '正文，正文。'])).toEqual({
      title: 'XX镇关于2024年度法治政府建设情况的报告',
      used: 2,
    });
  });

  it('finds no title when the text starts with the opening or the addressee', () => {
    expect(findTitle(['2024年，三星镇党委、政府在区委、区政府的正确领导下……'])).toEqual({ title: '', used: 0 });
    expect(findTitle(['区政府：', '2020年，我乡……'])).toEqual({ title: '', used: 0 });
  });
});

describe('parseDateLine', () => {
  it.each([
    ['2020年12月14日', '2020年12月14日'],
    ['2020年09月04日', '2020年9月4日'],
    ['2020 年 12 月 4 日', '2020年12月4日'],
    ['二〇二〇年十二月十四日', '2020年12月14日'],
    ['二〇二一年一月三十一日', '2021年1月31日'],
    ['2021-03-05', '2021年3月5日'],
  ])('reads 「%s」', (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });

  it.each(['2020年13月1日', '2020年12月14日前完成', '日期:2021-06-07', '2020317日'])('rejects 「%s」', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('unit and year', () => {
  it('takes the unit from the title, then the signature, then the opening sentence', () => {
    expect(findUnitName('盘龙彝族乡2023年法治政府建设工作报告', '', '')).toBe('盘龙彝族乡');
    expect(findUnitName('关于2023年度法治政府建设情况的报告', 'XX县XX镇人民政府', '')).toBe('XX县XX镇人民政府');
    expect(findUnitName('', '', '2020年,白沙镇在市委市政府的正确领导下,深入学习')).toBe('白沙镇');
    expect(findUnitName('', '', '2024年，三星镇党委、政府在区委、区政府的正确领导下')).toBe('三星镇');
    expect(findUnitName('', '', '2023年度，在县委、县政府领导下，我局坚持以习近平')).toBe('');
  });

  it('takes the year from the title, the opening, or a signature in the reporting window', () => {
    expect(findYear('XX镇2023年法治政府建设工作报告', '2024年，', '')).toBe(2023);
    expect(findYear('', '2023年度，在县委', '2023年12月21日')).toBe(2023);
    expect(findYear('', '', '2024年12月31日')).toBe(2024);
    expect(findYear('', '', '2025年2月10日')).toBe(2024);
    expect(findYear('', '在县委领导下', '')).toBeNull();
  });

  it('tells townships from departments and shortens township names only', () => {
    expect(guessUnitKind('台山市白沙镇人民政府')).toBe('township');
    expect(guessUnitKind('盘龙彝族乡')).toBe('township');
    expect(guessUnitKind('XX区XX街道办事处')).toBe('township');
    expect(guessUnitKind('苍溪县乡村振兴局')).toBe('department');
    expect(guessUnitKind('XX县')).toBeNull();
    expect(shortUnitName('南通市海门区三星镇人民政府')).toBe('三星镇');
    expect(shortUnitName('台山市白沙镇人民政府')).toBe('白沙镇');
    expect(shortUnitName('XX县市场监督管理局')).toBe('XX县市场监督管理局');
  });
});
