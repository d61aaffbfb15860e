import { describe, expect, it } from 'vitest';
import { parseDateLine, shortUnitName } from '../../../shared/import/meta';
import { unitKindOf } from '../../../shared/import/unitName';
import { itMaps } from '../../helpers/cases';

describe('parseDateLine', () => {
  itMaps('reads a date line in any form', parseDateLine, [
    ['2020年12月14日', '2020年12月14日'],
    ['2020年09月04日', '2020年9月4日'],
    ['2020 年 12 月 4 日', '2020年12月4日'],
    ['二〇二〇年十二月十四日', '2020年12月14日'],
    ['二〇二一年一月三十一日', '2021年1月31日'],
    ['2021-03-05', '2021年3月5日'],
  ]);

  it.each(['2020年13月1日', '2020年12月14日前完成', '日期:2021-06-07', '2020317日'])('rejects 「%s」', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('unit kind and short name', () => {
  itMaps('tells townships from departments', unitKindOf, [
    ['台山市白沙镇人民政府', 'township'],
    ['盘龙彝族乡', 'township'],
    ['XX区XX街道办事处', 'township'],
    ['苍溪县乡村振兴局', 'department'],
    ['XX县', null],
  ]);

  itMaps('shortens township names only', shortUnitName, [
    ['南通市海门区三星镇人民政府', '三星镇'],
    ['台山市白沙镇人民政府', '白沙镇'],
    ['XX县市场监督管理局', 'XX县市场监督管理局'],
  ]);
});
