import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../shared/types';
import { inPlansPart, markAt, reviewEditorMarks, stepMark } from '../../../../renderer/workspace/lastYear/reviewMarks';

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

  it('names each mark by section, text and occurrence, and leaves out the dismissed ones', () => {
    const body = '2024年开展宣传52次，2024年又开展宣传52次。';
    const marks = reviewEditorMarks(body, 2025, 7);
    expect(marks.map((m) => m.id)).toEqual(['review:7:2024年:0', 'review:7:52次:0', 'review:7:2024年:1', 'review:7:52次:1']);
    // Dismissing the second 「52次」 keeps the ids of the others.
    const left = reviewEditorMarks(body, 2025, 7, new Set(['review:7:52次:1']));
    expect(left.map((m) => m.id)).toEqual(['review:7:2024年:0', 'review:7:52次:0', 'review:7:2024年:1']);
  });
});

describe('stepMark and markAt', () => {
  const body = '2024年全乡开展普法宣传52次，调解矛盾纠纷128起。';
  const at = (from: number, to = from) => ({ from, to });
  const words = (m: { from: number; to: number } | undefined, text = body) => (m ? text.slice(m.from, m.to) : null);

  it('walks from the cursor, wrapping around, with the selected mark counted as passed', () => {
    const marks = reviewEditorMarks(body, 2025);
    expect(words(stepMark(marks, at(0), 1))).toBe('2024年');
    const first = marks[0]!;
    expect(words(stepMark(marks, at(first.from, first.to), 1))).toBe('52次');
    expect(words(stepMark(marks, at(body.length), 1))).toBe('2024年');
    expect(words(stepMark(marks, at(body.length), -1))).toBe('128起');
    const second = marks[1]!;
    expect(words(stepMark(marks, at(second.from, second.to), -1))).toBe('2024年');
    expect(words(stepMark(marks, at(0), -1))).toBe('128起');
    expect(stepMark([], at(0), 1)).toBeUndefined();
  });

  it('after the first mark is typed over, the next step is the second mark, not the third', () => {
    const fixed = body.replace('2024年', '2025年');
    const marks = reviewEditorMarks(fixed, 2025);
    expect(marks.map((m) => fixed.slice(m.from, m.to))).toEqual(['52次', '128起']);
    // The cursor sits right after the typed 「2025年」.
    expect(words(stepMark(marks, at('2025年'.length), 1), fixed)).toBe('52次');
    // Typed right up to the next mark: the cursor at its start still goes to it.
    const tight = '2025年52次';
    expect(words(stepMark(reviewEditorMarks(tight, 2025), at(5), 1), tight)).toBe('52次');
  });

  it('finds the mark under the cursor or the selection', () => {
    const marks = reviewEditorMarks(body, 2025);
    expect(words(markAt(marks, at(2)))).toBe('2024年');
    expect(words(markAt(marks, at(marks[1]!.from, marks[1]!.to)))).toBe('52次');
    expect(markAt(marks, at(8))).toBeUndefined();
  });
});
