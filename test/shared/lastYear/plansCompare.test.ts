import { describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/types';
import { pairWithLastYear } from '../../../shared/lastYear/compare';
import { findPlansSection, lastYearPlans } from '../../../shared/lastYear/plans';
import { seedMappedReport, seedReport } from '../../helpers/seedReports';

function section(id: number, parentId: number | null, title: string, templateKey: string | null, body = ''): Section {
  return {
    id, reportId: 1, parentId, position: id, level: parentId === null ? 1 : 2, templateKey, title, body,
    status: 'draft', notApplicable: null, checkedPoints: [], required: false, updatedAt: '',
  };
}

describe('lastYearPlans', () => {
  it('takes the plans part by template key, with its sub-headings', () => {
    const report = seedMappedReport(0);
    const plans = lastYearPlans(report)!;
    expect(plans.title).toBe('2024年工作计划');
    expect(plans.year).toBe(2023);
    const lines = plans.text.split('\n');
    // The part's own paragraph first, then each sub-heading followed by its text.
    expect(lines[0]!.startsWith('2024年，盘龙彝族乡将继续')).toBe(true);
    expect(lines).toContain('进一步加强党对法治政府建设工作的领导');
    expect(plans.text).toContain('进一步推进行政执法“三项制度”全面落实');
  });

  it('finds the part by its heading when the report has no template keys', () => {
    expect(findPlansSection(seedReport(1).sections)?.title).toBe('下一步工作思路');
    expect(findPlansSection(seedReport(4).sections)?.title).toBe('下一步工作打算');
    // Seed 3 has no plans part.
    expect(lastYearPlans(seedReport(3))).toBeNull();
  });
});

describe('pairWithLastYear', () => {
  it('pairs by template key, then by heading with the years ignored', () => {
    const previous = [
      section(1, null, '主要举措和成效', 'achievements', '去年的成效'),
      section(2, 1, '党建引领', null, '去年的党建'),
      section(3, null, '2024年工作计划', 'plans', '去年的计划'),
      section(4, null, '2024年网格化管理', null, '去年的网格'),
    ];
    const current = [
      section(11, null, '主要举措和成效', 'achievements'),
      section(12, 11, '党建引领', null),
      section(13, null, '2025年工作计划', 'plans'),
      section(14, null, '2025年网格化管理', null),
      section(15, null, '新增的部分', null),
    ];
    expect(pairWithLastYear(current, previous).map((p) => [p.sectionId, p.lastYearSectionId, p.lastYearBody])).toEqual([
      [11, 1, '去年的成效'],
      [12, 2, '去年的党建'],
      [13, 3, '去年的计划'],
      [14, 4, '去年的网格'],
      [15, null, ''],
    ]);
  });
});
