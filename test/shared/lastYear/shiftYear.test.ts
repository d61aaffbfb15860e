import { describe, expect, it } from 'vitest';
import { shiftYearInTitle, shiftYears } from '../../../shared/lastYear/shiftYear';

describe('shiftYears', () => {
  it('moves the report year and its neighbours by the same distance', () => {
    expect(shiftYearInTitle('XX镇关于2024年度法治政府建设情况的报告', 2024, 2025)).toBe('XX镇关于2025年度法治政府建设情况的报告');
    // The plan heading of a 2023 report names 2024; in the 2024 report it names 2025.
    expect(shiftYearInTitle('2024年工作计划', 2023, 2024)).toBe('2025年工作计划');
    expect(shiftYearInTitle('2022年工作回顾', 2023, 2024)).toBe('2023年工作回顾');
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
});
