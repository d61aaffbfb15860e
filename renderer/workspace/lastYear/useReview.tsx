// The review of a 待核对 section (copied from last year or imported): the highlights, recomputed
// from the text as it is now, minus the places the writer said need no change (kept with the
// report, as ignored 审校 findings are); the bar that walks them from the cursor; and, once the
// last section is checked, what to do next.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Report, Section } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import { useToast } from '../../components/Toasts';
import type { SectionEditorHandle } from '../SectionEditor';
import { NO_MARKS } from '../editorMarks';
import { ReviewBar } from './ReviewBar';
import { inPlansPart, markAt, REVIEW_ID_PREFIX, reviewEditorMarks, stepMark, type ReviewEditorMark } from './reviewMarks';

export interface ReviewDeps {
  report: Report | null;
  setReport: (update: (r: Report | null) => Report | null) => void;
  /** The open section; undefined while the title/closing form is open. */
  section: Section | undefined;
  editor: RefObject<SectionEditorHandle | null>;
  setStatus: (section: Section, status: Section['status']) => void;
  openSection: (id: number) => void;
  /** Shows the 审校 tab. */
  onGoChecks: () => void;
}

export interface Review {
  marks: ReviewEditorMark[];
  bar: ReactNode;
  /** For the editor's onSelectionChange: which mark the cursor is on. */
  onSelectionChange: (from: number, to: number) => void;
}

export function useReview({ report, setReport, section, editor, setStatus, openSection, onGoChecks }: ReviewDeps): Review {
  const toast = useToast();
  const reviewing = section?.status === 'review' ? section : undefined;
  const sections = report?.sections;
  const year = report?.year;
  const ignored = report?.ignoredFindings;
  const dismissed = useMemo(() => new Set((ignored ?? []).filter((id) => id.startsWith(REVIEW_ID_PREFIX))), [ignored]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  /** currentId as last set (the selection handler compares without a render). */
  const shownId = useRef<string | null>(null);
  const [allChecked, setAllChecked] = useState(false);

  const marks = useMemo(() => {
    if (!reviewing || !sections || year === undefined) return NO_MARKS;
    return reviewEditorMarks(reviewing.body, inPlansPart(sections, reviewing) ? year + 1 : year, reviewing.id, dismissed);
  }, [reviewing, sections, year, dismissed]);
  const latest = useRef(marks);
  useEffect(() => {
    latest.current = marks;
  }, [marks]);

  const sectionId = section?.id;
  useEffect(() => {
    shownId.current = null;
    setCurrentId(null);
    setAllChecked(false);
  }, [sectionId]);

  // Called on every keystroke: one that leaves the cursor's mark as it was schedules no render
  // (the text's own update follows at a lower priority, WorkspaceScreen).
  const onSelectionChange = useCallback((from: number, to: number) => {
    const id = markAt(latest.current, { from, to })?.id ?? null;
    if (id === shownId.current) return;
    shownId.current = id;
    setCurrentId(id);
  }, []);

  const step = (direction: 1 | -1) => {
    const ed = editor.current;
    const m = ed && stepMark(marks, ed.selection(), direction);
    if (m) ed.select(m.from, m.to);
  };

  const dismiss = (mark: ReviewEditorMark) => {
    if (!report) return;
    api.setFindingIgnored({ reportId: report.id, findingId: mark.id, ignored: true }).then(
      (meta) => {
        setReport((r) => (r && r.id === meta.id ? { ...r, ignoredFindings: meta.ignoredFindings ?? [] } : r));
        const ed = editor.current;
        const next = stepMark(
          marks.filter((m) => m.id !== mark.id),
          { from: mark.to, to: mark.to },
          1,
        );
        if (ed && next) ed.select(next.from, next.to);
      },
      (err: unknown) => toast({ kind: 'error', text: errorMessage(err) }),
    );
  };

  const confirm = (status: 'done' | 'draft') => {
    if (!reviewing || !report) return;
    setStatus(reviewing, reviewing.body.trim() === '' ? 'empty' : status);
    const left = report.sections.filter((s) => s.status === 'review' && s.id !== reviewing.id);
    if (left.length === 0) {
      setAllChecked(true);
      return;
    }
    toast({
      kind: 'info',
      text: `已核对「${reviewing.title}」，还有 ${left.length} 节待核对。`,
      action: { label: '下一节', run: () => openSection(left[0]!.id) },
    });
  };

  let bar: ReactNode = null;
  if (reviewing && report) {
    bar = (
      <ReviewBar
        key={`review:${reviewing.id}`}
        origin={report.basedOn !== null ? '复制自以前年度的报告' : '由导入的文件生成'}
        marks={marks}
        current={marks.find((m) => m.id === currentId)}
        onStep={step}
        onDismiss={dismiss}
        onConfirm={confirm}
      />
    );
  } else if (allChecked) {
    bar = (
      <div className="review-bar review-next" role="status">
        <span className="review-text">
          <strong>全部章节都已核对。</strong>下一步：审校全文，检查标点、年份、数字和格式。
        </span>
        <span className="review-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setAllChecked(false);
              onGoChecks();
            }}
          >
            去审校
          </button>
          <button type="button" aria-label="关闭提示" onClick={() => setAllChecked(false)}>
            ×
          </button>
        </span>
      </div>
    );
  }
  return { marks, bar, onSelectionChange };
}
