// What last year's report adds to the workspace, gathered so the workspace only places it: the
// 'review' highlights and the 「核对完成」 bar of 待核对 sections, 「去年计划的事项」 beside part
// one, the 「去年对照」 tab and 「以此为基础新建…」 in the top bar.
import { useMemo, type ReactNode, type RefObject } from 'react';
import type { Template } from '../../../shared/templates/schema';
import type { Report, Section } from '../../../shared/types';
import type { EditorMark } from '../editorMarks';
import type { SectionEditorHandle } from '../SectionEditor';
import type { SideTab } from '../SidePanel';
import { ComparePanel } from './ComparePanel';
import { NextYearButton } from './NextYearButton';
import { PreviousPlansList } from './PreviousPlansList';
import { inPlansPart, reviewEditorMarks } from './reviewMarks';
import { ReviewBar } from './ReviewBar';
import { usePreviousYear } from './usePreviousYear';

interface Deps {
  reportId: number;
  report: Report | null;
  /** The open section; undefined while the title/closing form is open. */
  section: Section | undefined;
  template: Template | null;
  editor: RefObject<SectionEditorHandle | null>;
  flush: () => Promise<void>;
  setStatus: (section: Section, status: Section['status']) => void;
  onOpenReport: ((reportId: number) => void) | undefined;
}

export interface Reuse {
  marks: EditorMark[];
  reviewBar: ReactNode;
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

export function useReuse({ reportId, report, section, template, editor, flush, setStatus, onOpenReport }: Deps): Reuse {
  const sectionIds = useMemo(() => (report ? report.sections.map((s) => s.id).join(',') : ''), [report]);
  const { plans, comparison, error } = usePreviousYear(reportId, sectionIds);
  const reviewing = section?.status === 'review' ? section : undefined;
  const sections = report?.sections;
  const year = report?.year;

  const marks = useMemo(() => {
    if (!reviewing || !sections || year === undefined) return [];
    return reviewEditorMarks(reviewing.body, inPlansPart(sections, reviewing) ? year + 1 : year);
  }, [reviewing, sections, year]);

  if (!report) return { marks, reviewBar: null, guidanceExtra: null, compareTab: null, nextYear: null };

  const reviewBar = reviewing && (
    <ReviewBar
      key={reviewing.id}
      origin={report.basedOn !== null ? '复制自以前年度的报告' : '由导入的文件生成'}
      marks={marks}
      onGoto={(m) => editor.current?.select(m.from, m.to)}
      onConfirm={() => setStatus(reviewing, reviewing.body.trim() === '' ? 'empty' : 'draft')}
    />
  );
  const guidanceExtra = plans && section && isInPartOne(report.sections, section, template?.areaParent) ? <PreviousPlansList plans={plans} /> : null;
  const compareTab: SideTab | null =
    comparison?.previous || error
      ? {
          id: 'compare',
          label: '去年对照',
          render: () => (
            <ComparePanel report={report} comparison={comparison} error={error} section={section} onCopy={(p) => editor.current?.insertParagraph(p)} />
          ),
        }
      : null;
  const nextYear = onOpenReport ? <NextYearButton report={report} flush={flush} onOpenReport={onOpenReport} /> : null;
  return { marks, reviewBar, guidanceExtra, compareTab, nextYear };
}
