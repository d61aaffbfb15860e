// The 审校 state of the open report: the checks run off the typing path on every change of the text
// the workspace holds (useCheckResult), the marks for the open section, and the actions of the panel —
// open a finding, 「修正」, 「全部修正此类」, 「忽略」. Every fix goes through the same path as
// typing: the open section through its editor (so Ctrl+Z undoes it), other sections through the
// autosave queue, report fields through updateReport.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  findingTarget,
  fixAllOfKind,
  FIX_KIND_LABEL,
  NO_LEXICON,
  toCheckReport,
  type Finding,
  type FixKind,
  type RuleData,
  type StoredReportChecks,
} from '../../../shared/checks';
import type { CoverageList } from '../../../shared/structure/coverage';
import type { TextPlace } from '../../../shared/text/findReplace';
import type { Template } from '../../../shared/templates/schema';
import type { Report, Section } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import type { SaveQueue } from '../../autosave/saveQueue';
import { useToast } from '../../components/Toasts';
import { NO_MARKS, type EditorMark } from '../editorMarks';
import type { Selection } from '../OutlinePanel';
import type { SectionEditorHandle } from '../SectionEditor';
import { usePlaceEdits } from '../usePlaceEdits';
import { useCheckResult, type CheckedReport } from './useCheckResult';

export interface CheckRulesState extends RuleData {
  problems: Array<{ file: string; message: string }>;
}

interface Args {
  report: Report | null;
  setReport: (update: (r: Report | null) => Report | null) => void;
  patchSection: (id: number, patch: Partial<Section>) => void;
  template: Template | null;
  /** The section shown in the editor, if any. */
  openSectionId: number | undefined;
  editor: RefObject<SectionEditorHandle | null>;
  queue: SaveQueue;
  select: (s: Selection) => void;
  setFocus: (f: { sectionId: number; from: number; to: number } | null) => void;
}

/** Where a finding's fix writes; null for findings about the report as a whole. */
function placeOf(f: Finding): TextPlace | null {
  if (f.field === 'report') return null;
  if (f.field === 'title' || f.field === 'body') return f.sectionId === null ? null : { sectionId: f.sectionId, field: f.field };
  return { sectionId: null, field: f.field };
}

export interface Checks {
  rules: CheckRulesState | null;
  result: StoredReportChecks | null;
  /** 「本报告写到了哪些方面」, read with the checks (a run behind the text while the user types). */
  coverage: CoverageList | null;
  /** Findings of the open section, as editor marks. */
  marks: EditorMark[];
  busy: boolean;
  open: (f: Finding) => void;
  fix: (f: Finding) => void;
  fixAll: (kind: FixKind) => void;
  setIgnored: (f: Finding, ignored: boolean) => void;
}

/** How many places of text a finding's fix changes: 「此段有 3 处半角标点」 is 3, not 1. */
export const fixEditCount = (f: Finding): number => f.fix?.edits.length ?? 0;

function sameBody(a: Report, b: Report, sectionId: number | undefined): boolean {
  if (sectionId === undefined) return true;
  return a.sections.find((s) => s.id === sectionId)?.body === b.sections.find((s) => s.id === sectionId)?.body;
}

/** Findings of one section's body, as editor marks. */
function sectionMarks(result: StoredReportChecks, sectionId: number | undefined): EditorMark[] {
  if (sectionId === undefined) return NO_MARKS;
  const list: EditorMark[] = [];
  for (const f of result.open) {
    if (f.sectionId !== sectionId || f.field !== 'body') continue;
    for (const m of f.marks ?? [{ start: f.start, end: f.end }]) list.push({ from: m.start, to: m.end, kind: f.severity, title: f.message });
  }
  return list;
}

export function useChecks({ report, setReport, patchSection, template, openSectionId, editor, queue, select, setFocus }: Args): Checks {
  const toast = useToast();
  const [rules, setRules] = useState<CheckRulesState | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.getCheckRules({}).then(
      (r) => live && setRules(r),
      // Without the rules the other checks still run; say why the term rules are missing.
      (err: unknown) => live && setRules({ terms: [], titles: [], lexicon: NO_LEXICON, problems: [{ file: '', message: `未能读取审校规则：${errorMessage(err)}` }] }),
    );
    return () => {
      live = false;
    };
  }, []);

  const checkRules = useMemo(() => (rules ? { terms: rules.terms, titles: rules.titles, lexicon: rules.lexicon, template } : null), [rules, template]);
  const { checked, fresh } = useCheckResult(report, checkRules);
  // The panel may be a run behind the text while the user types; fixes use `fresh`.
  const result = checked?.result ?? null;
  const coverage = checked?.coverage ?? null;
  // The fixes read the newest text after awaiting a snapshot, not the text of the click's render.
  const latest = useRef({ report, fresh });
  useLayoutEffect(() => {
    latest.current = { report, fresh };
  }, [report, fresh]);

  // Marks are placed only from a result of the very text the editor shows; until the next one
  // arrives, the editor keeps mapping the marks it has through the edits.
  const [shown, setShown] = useState<{ checked: CheckedReport | null; sectionId: number | undefined; marks: EditorMark[] }>({ checked: null, sectionId: undefined, marks: [] });
  if ((shown.checked !== checked || shown.sectionId !== openSectionId) && checked && report && sameBody(checked.report, report, openSectionId)) {
    setShown({ checked, sectionId: openSectionId, marks: sectionMarks(checked.result, openSectionId) });
  }
  const marks = shown.sectionId === openSectionId ? shown.marks : NO_MARKS;

  const open = useCallback(
    (f: Finding) => {
      const target = findingTarget(f);
      if (target.kind === 'section') {
        select({ kind: 'section', id: target.sectionId });
        setFocus(target.field === 'body' ? { sectionId: target.sectionId, from: f.start, to: f.end } : null);
      } else if (target.kind === 'head' || target.kind === 'tail') {
        select({ kind: target.kind });
      }
    },
    [select, setFocus],
  );

  const applyEdits = usePlaceEdits({ setReport, patchSection, openSectionId, editor, queue });
  /** Applies findings' fixes to one place; returns how many places changed. */
  const applyAt = useCallback(
    (current: Report, list: readonly Finding[], forget: number[]): Promise<number> => {
      const f = list[0];
      const place = f && placeOf(f);
      if (!place) return Promise.resolve(0);
      return applyEdits(current, place, list.flatMap((x) => x.fix?.edits ?? []), forget);
    },
    [applyEdits],
  );

  const fix = useCallback(
    (clicked: Finding) => {
      const { report: current, fresh: check } = latest.current;
      // The list may be behind the text: fix the finding as it is now, by its id.
      const now = current ? check(current) : null;
      const f = now?.open.find((x) => x.id === clicked.id) ?? now?.ignored.find((x) => x.id === clicked.id);
      if (!current || !f?.fix) {
        toast({ kind: 'info', text: '这处文字已经改过，请看最新的审校结果。' });
        return;
      }
      const forget: number[] = [];
      applyAt(current, [f], forget)
        .then(() => editor.current?.forget(forget))
        .catch((err: unknown) => toast({ kind: 'error', text: errorMessage(err) }));
    },
    [applyAt, editor, toast],
  );

  const fixAll = useCallback(
    (kind: FixKind) => {
      const start = latest.current.report;
      if (!start || busy) return;
      setBusy(true);
      void (async () => {
        try {
          await queue.flush();
          await api.saveVersion({ reportId: start.id, kind: 'fixall' });
          const { report: current, fresh: check } = latest.current;
          const now = current ? check(current) : null;
          if (!current || !now) return;
          const places = fixAllOfKind(toCheckReport(current), now.open, kind);
          const forget: number[] = [];
          let changed = 0;
          for (const place of places) changed += await applyAt(current, place.findings, forget);
          editor.current?.forget(forget);
          await queue.flush();
          // 「处」 is one changed place of text, as the panel's button counts it (fixEditCount).
          const count = places.flatMap((p) => p.findings).reduce((n, f) => n + fixEditCount(f), 0);
          toast({ kind: 'info', text: `已修正 ${count} 处「${FIX_KIND_LABEL[kind]}」${changed > 1 ? `，在 ${changed} 段文字中` : ''}。修正前的内容已存为版本「全部修正前」，可在顶栏的「版本」中找回。` });
        } catch (err) {
          toast({ kind: 'error', text: errorMessage(err) });
        } finally {
          setBusy(false);
        }
      })();
    },
    [busy, queue, applyAt, editor, toast],
  );

  const setIgnored = useCallback(
    (f: Finding, ignored: boolean) => {
      const current = latest.current.report;
      if (!current) return;
      api.setFindingIgnored({ reportId: current.id, findingId: f.id, ignored }).then(
        (meta) => setReport((r) => (r && r.id === meta.id ? { ...r, ignoredFindings: meta.ignoredFindings ?? [] } : r)),
        (err: unknown) => toast({ kind: 'error', text: errorMessage(err) }),
      );
    },
    [setReport, toast],
  );

  // One object per change of what it holds, so the panel skips the renders of keystrokes.
  return useMemo(() => ({ rules, result, coverage, marks, busy, open, fix, fixAll, setIgnored }), [rules, result, coverage, marks, busy, open, fix, fixAll, setIgnored]);
}
