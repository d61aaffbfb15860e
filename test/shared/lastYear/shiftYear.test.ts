import { describe, expect, it } from 'vitest';
import { shiftYears, titleForYear } from '../../../shared/lastYear/shiftYear';

describe('shiftYears', () => {
  it('moves the report year and its neighbours by the same distance', () => {
    expect(shiftYears('XX镇关于2024年度法治政府建设情况的报告', 2024, 2025)).toBe('XX镇关于2025年度法治政府建设情况的报告');
    // The plan heading of a 2023 report names 2024; in the 2024 report it names 2025.
    expect(shiftYears('2024年工作计划', 2023, 2024)).toBe('2025年工作计划');
    expect(shiftYears('2022年工作回顾', 2023, 2024)).toBe('2023年工作回顾');
    expect(shiftYears('2024年，我镇……现将2024年度法治政府建设工作情况报告如下：', 2024, 2026)).toBe(
      '2026年，我镇……现将2026年度法治政府建设工作情况报告如下：',
    );
  });

  it('leaves years further away, and numbers that are not years, alone', () => {
    expect(shiftYears('自2019年以来，累计办理案件2024件', 2024, 2025)).toBe('自2019年以来，累计办理案件2024件');
    expect(shiftYears('第12024年', 2024, 2025)).toBe('第12024年');
    expect(shiftYears('“八五”普法（2021—2025年）', 2024, 2025)).toBe('“八五”普法（2021—2025年）');
  });

  it('moves both ends of a range near the year, and Chinese-numeral years', () => {
    expect(shiftYears('2023—2024年度', 2024, 2025)).toBe('2024—2025年度');
    expect(shiftYears('二〇二四年十二月', 2024, 2025)).toBe('二〇二五年十二月');
    expect(shiftYears('二零二四年', 2024, 2025)).toBe('二零二五年');
  });

  it('changes nothing for the same year', () => {
    expect(shiftYears('2024年', 2024, 2024)).toBe('2024年');
  });

  it('never moves a year inside a quoted name: that document or title may not exist for the new year', () => {
    // Issue 10: 《禄丰市2022年度法治建设成效考评细则》 became a 2025 document that may not exist.
    expect(shiftYears('按照《禄丰市2022年度法治建设成效考评细则》要求，2022年我镇……', 2022, 2023)).toBe(
      '按照《禄丰市2022年度法治建设成效考评细则》要求，2023年我镇……',
    );
    expect(shiftYears('获评「2023年法治乡村示范村」，落实“2023年度普法计划”，〈2023年要点〉', 2023, 2024)).toBe(
      '获评「2023年法治乡村示范村」，落实“2023年度普法计划”，〈2023年要点〉',
    );
    // An unclosed mark protects nothing: the rest of the line is still the report's own text.
    expect(shiftYears('《2023年 2023年工作', 2023, 2024)).toBe('《2024年 2024年工作');
  });
});

describe('titleForYear', () => {
  const unit = { fullName: '中村乡人民政府', shortName: '中村乡' };
  it('moves the year and names the unit on record in front of 「关于」', () => {
    expect(titleForYear('中村乡人民政府关于2024年度法治政府建设情况的报告', unit, 2024, 2025)).toBe('中村乡人民政府关于2025年度法治政府建设情况的报告');
    // An imported title that carried a site name, or none at all.
    expect(titleForYear('禄丰市人民政府中村乡人民政府关于2024年度法治政府建设情况的报告', unit, 2024, 2025)).toBe('中村乡人民政府关于2025年度法治政府建设情况的报告');
    expect(titleForYear('关于2024年度法治政府建设情况报告', unit, 2024, 2025)).toBe('中村乡人民政府关于2025年度法治政府建设情况报告');
    expect(titleForYear('中村乡关于2024年法治政府建设工作的报告', unit, 2024, 2025)).toBe('中村乡关于2025年法治政府建设工作的报告');
  });

  it('keeps a joint title and a title of its own wording; an empty one gets the standard title', () => {
    expect(titleForYear('中共中村乡委员会中村乡人民政府关于2024年度法治政府建设情况的报告', unit, 2024, 2025)).toBe(
      '中共中村乡委员会中村乡人民政府关于2025年度法治政府建设情况的报告',
    );
    expect(titleForYear('中村乡2024年法治政府建设工作报告', unit, 2024, 2025)).toBe('中村乡2025年法治政府建设工作报告');
    expect(titleForYear('', unit, 2024, 2025)).toBe('中村乡人民政府关于2025年度法治政府建设情况的报告');
  });
});

