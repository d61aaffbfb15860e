// The 'review' highlights of a 待核对 section: every year, date, year-relative word and figure in
// the copied text, each with a hint as its tooltip. Years a section is expected to name are left
// unmarked — the report's year, or the next year in the 「下一年度安排」 part — so correcting
// 「2024年」 to 「2025年」 visibly takes the mark away.
import type { Section } from '../../../shared/types';
import { findPlansSection } from '../../../shared/yearShift/plans';
import { findReviewMarks, type ReviewMarkKind } from '../../../shared/yearShift/reviewMarks';
import type { EditorMark } from '../editorMarks';

const HINT: Record<ReviewMarkKind, (year: number) => string> = {
  year: (y) => `年份：本节应写${y}年的情况，请核对是否要改`,
  date: () => '日期：请核对是否为本年度的时间',
  relative: () => '时间词（今年、目前、至今……）：请核对所指的年份',
  figure: () => '数字：请更新为本年度的数据',
};

/** Whether the section is the plans part or inside it. */
export function inPlansPart(sections: readonly Section[], section: Section): boolean {
  const plans = findPlansSection(sections);
  if (!plans) return false;
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (let s: Section | undefined = section; s; s = s.parentId === null ? undefined : byId.get(s.parentId)) {
    if (s.id === plans.id) return true;
  }
  return false;
}

export function reviewEditorMarks(body: string, expectedYear: number): EditorMark[] {
  return findReviewMarks(body, expectedYear)
    .filter((m) => !(m.kind === 'year' && m.current === true))
    .map((m) => ({ from: m.start, to: m.end, kind: 'review' as const, title: HINT[m.kind](expectedYear) }));
}
