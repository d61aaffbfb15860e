import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../shared/types';
import { inPlansPart, reviewEditorMarks } from '../../../../renderer/workspace/reuse/reviewMarks';

const text = (body: string, marks: Array<{ from: number; to: number }>) => marks.map((m) => body.slice(m.from, m.to));

function section(id: number, parentId: number | null, title: string, templateKey: string | null): Section {
  return { id, reportId: 1, parentId, position: id, level: parentId === null ? 1 : 2, templateKey, title, body: '', status: 'review', notApplicable: null, checkedPoints: [], required: false, updatedAt: '' };
}

describe('reviewEditorMarks', () => {
  it('marks stale years, time words and figures but not the year the section should name', () => {
    const body = '2024年共开展普法宣传52次，今年调解纠纷128起，2025年将继续推进，调解成功率98.5%。';
    const marks = reviewEditorMarks(body, 2025);
    expect(marks.every((m) => m.kind === 'review' && m.title)).toBe(true);
    expect(text(body, marks)).toEqual(['2024年', '52次', '今年', '128起', '98.5%']);
    // For the plans part the expected year is the next one: 2025 is now stale, 2026 is not.
    expect(text(body, reviewEditorMarks(body, 2026))).toContain('2025年');
  });

  it('knows the plans part and what lies under it', () => {
    const sections = [section(1, null, '主要举措和成效', 'achievements'), section(2, 1, '加强组织领导', 'achievements.leadership'), section(3, null, '2025年工作计划', 'plans'), section(4, 3, '完善制度', null)];
    expect(sections.map((s) => inPlansPart(sections, s))).toEqual([false, false, true, true]);
  });
});
