// The 'review' highlights of a 待核对 section: every year, date, year-relative word and figure in
// the copied text, each with a hint as its tooltip. Years a section is expected to name are left
// unmarked — the report's year, or the next year in the 「下一年度安排」 part — so correcting
// 「2024年」 to 「2025年」 visibly takes the mark away.
import type { Section } from '../../../shared/types';
import { findPlansSection } from '../../../shared/lastYear/plans';
import { findReviewMarks, type ReviewMarkKind } from '../../../shared/lastYear/reviewMarks';
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

/** A review mark with the id 「这处不用改」 remembers it by: the section, the marked text and which
 *  occurrence of that text it is — as 审校 findings are kept — so it survives edits elsewhere. */
export type ReviewEditorMark = EditorMark & { id: string };

export const REVIEW_ID_PREFIX = 'review:';

export function reviewEditorMarks(body: string, expectedYear: number, sectionId = 0, dismissed: ReadonlySet<string> = new Set()): ReviewEditorMark[] {
  const seen = new Map<string, number>();
  const out: ReviewEditorMark[] = [];
  for (const m of findReviewMarks(body, expectedYear)) {
    if (m.kind === 'year' && m.current === true) continue;
    const key = `${REVIEW_ID_PREFIX}${sectionId}:${m.text}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const id = `${key}:${n}`;
    if (!dismissed.has(id)) out.push({ id, from: m.start, to: m.end, kind: 'review', title: HINT[m.kind](expectedYear) });
  }
  return out;
}

/** The mark under the selection, if any. */
export function markAt<M extends EditorMark>(marks: readonly M[], sel: { from: number; to: number }): M | undefined {
  return marks.find((m) => (sel.from === sel.to ? m.from <= sel.from && sel.from <= m.to : m.from < sel.to && sel.from < m.to));
}

/**
 * The next (or previous) mark as seen from the selection, wrapping around at the end. It is
 * computed from the marks as they are now, after any edit, so fixing one never skips the next:
 * a fix leaves the cursor just before it.
 */
export function stepMark<M extends EditorMark>(marks: readonly M[], sel: { from: number; to: number }, direction: 1 | -1): M | undefined {
  const sorted = [...marks].sort((a, b) => a.from - b.from || a.to - b.to);
  if (direction === 1) return sorted.find((m) => m.from >= sel.to) ?? sorted[0];
  return sorted.findLast((m) => m.to <= sel.from) ?? sorted.at(-1);
}
