// What last year's report adds to the workspace, gathered so the workspace only places it: the
// review of 待核对 sections (useReview), 「去年计划的事项」 beside part one, the 「去年对照」 tab and
// 「以此为基础新建…」 in the top bar.
import { useMemo, type ReactNode } from 'react';
import type { Template } from '../../../shared/templates/schema';
import type { Report, Section } from '../../../shared/types';
import type { EditorMark } from '../editorMarks';
import type { SideTab } from '../SidePanel';
import { ComparePanel } from './ComparePanel';
import { NextYearButton } from './NextYearButton';
import { LastYearPlansList } from './LastYearPlansList';
import { useLastYearReport } from './useLastYearReport';
import { useReview, type ReviewDeps } from './useReview';

interface Deps extends ReviewDeps {
  reportId: number;
  template: Template | null;
  flush: () => Promise<void>;
  onOpenReport: ((reportId: number) => void) | undefined;
  /** The report and open section as the side panel shows them (a keystroke behind while typing). */
  shown: { report: Report | null; section: Section | undefined };
}

export interface LastYear {
  marks: EditorMark[];
  reviewBar: ReactNode;
  onSelectionChange: (from: number, to: number) => void;
  /** For GuidancePanel's `extra`. */
  guidanceExtra: ReactNode;
  /** Only when the unit has an earlier report. */
  compareTab: SideTab | null;
  nextYear: ReactNode;
}

/** Part one: the template's area parent, else the first part. */
function isInPartOne(sections: readonly Section[], section: Section, areaParent: string | undefined): boolean {
  const top = sections.filter((s) => s.parentId === null).sort((a, b) => a.position - b.position);
  const part = top.find((s) => areaParent !== undefined && s.templateKey === areaParent) ?? top[0];
  return part !== undefined && (section.id === part.id || section.parentId === part.id);
}

export function useLastYear(deps: Deps): LastYear {
  const { reportId, report, section, template, editor, flush, onOpenReport } = deps;
  const sectionIds = useMemo(() => (report ? report.sections.map((s) => s.id).join(',') : ''), [report]);
  const { plans, comparison, error } = useLastYearReport(reportId, sectionIds);
  const review = useReview(deps);
  // Made again only when what it shows changes, not per keystroke (the top bar is memoised on it).
  const { id, unitId, year } = report ?? { id: 0, unitId: 0, year: 0 };
  const stillChecking = !!report && report.basedOn !== null && report.sections.some((s) => s.status === 'review');
  const nextYear = useMemo(
    () => (id && onOpenReport ? <NextYearButton report={{ id, unitId, year }} stillChecking={stillChecking} flush={flush} onOpenReport={onOpenReport} /> : null),
    [id, unitId, year, stillChecking, flush, onOpenReport],
  );
  const base = { marks: review.marks, reviewBar: review.bar, onSelectionChange: review.onSelectionChange };
  // Open on part one itself; folded on its sub-sections, where it would push 要点 and 范例 down.
  // Made again only when that changes: the side panel is memoised on it.
  const plansHere = !!plans && !!report && !!section && isInPartOne(report.sections, section, template?.areaParent);
  const folded = section?.parentId !== null;
  const guidanceExtra = useMemo(() => (plans && plansHere ? <LastYearPlansList plans={plans} folded={folded} /> : null), [plans, plansHere, folded]);
  // The comparison diffs the section's text: it follows the text at the side panel's deferred pace.
  const { report: shownReport, section: shownSection } = deps.shown;
  const compareTab = useMemo<SideTab | null>(
    () =>
      shownReport && (comparison?.lastYear || error)
        ? {
            id: 'compare',
            label: '去年对照',
            render: () => (
              <ComparePanel report={shownReport} comparison={comparison} error={error} section={shownSection} onCopy={(p) => editor.current?.insertParagraph(p)} />
            ),
          }
        : null,
    [shownReport, shownSection, comparison, error, editor],
  );
  if (!report) return { ...base, guidanceExtra: null, compareTab: null, nextYear };
  return { ...base, guidanceExtra, compareTab, nextYear };
}
