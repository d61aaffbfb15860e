// The guided workspace: outline on the left, the open section (or the title/closing form) in the
// centre, guidance, completeness, 审校 and history beside it. It only puts together the hooks that
// hold the state (report, autosave, selection, checks, last year) and the panels that show it.
import { startTransition, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { documentOrder } from '../../shared/gongwen/sectionOrder';
import { charCounter } from '../../shared/gongwen/zishu';
import { reportField } from '../../shared/text/findReplace';
import type { Report } from '../../shared/types';
import { completeness } from '../../shared/templates/completeness';
import { findTemplateSection } from '../../shared/templates/instantiate';
import { unsavedEdits } from '../autosave/saveQueue';
import { useShortcuts } from '../components/useShortcuts';
import { useStableCallback } from '../components/useStableCallback';
import { lazyComponent, whenIdle } from '../lazyComponent';
import { useChecks } from './checks/useChecks';
import type { EditorMark } from './editorMarks';
import { FindBar } from './find/FindBar';
import { findPlaceName } from './find/placeName';
import { useFindReplace } from './find/useFindReplace';
import { OutlinePanel } from './OutlinePanel';
import { RecentlyDeleted } from './RecentlyDeleted';
import { ReportInfoForm } from './ReportInfoForm';
import { useLastYear } from './lastYear/useLastYear';
import type { SectionEditorHandle } from './SectionEditor';
import { SectionPane } from './SectionPane';
import { useEditorFontSize } from './useEditorFontSize';
import { useReport } from './useReport';
import { usePlaceEdits } from './usePlaceEdits';
import { useSaveVersion } from './useSaveVersion';
import { useSectionActions } from './useSectionActions';
import { useSelection } from './useSelection';
import { useOutlineShape, useSectionShape } from './useOutlineShape';
import { useSettled } from './useSettled';
import { useTemplate } from './useTemplate';
import { useWorkspaceLayout } from './useWorkspaceLayout';
import { useVersionDialogs } from './versions/useVersionDialogs';
import { WorkspaceSide } from './WorkspaceSide';
import { WorkspaceTopBar } from './WorkspaceTopBar';

// The export dialog (its preview and summary) loads on first use, fetched ahead once the report is open.
const exportDialog = lazyComponent(() => import('./export/ExportDialog').then((m) => m.ExportDialog));
const ExportDialog = exportDialog.Component;
// The print preview (the page layout, its fonts and measures) too: a report opens without it.
const printPreview = lazyComponent(() => import('./print/PrintPreview').then((m) => m.PrintPreview));
const PrintPreview = printPreview.Component;

const NO_SECTIONS: never[] = Object.freeze([]) as never[];

interface Props {
  reportId: number;
  onBack: () => void;
  /** Open at this section (a search hit) instead of the first one. */
  initialSectionId?: number | undefined;
  /** …with this range of it highlighted. */
  initialRange?: { from: number; to: number } | undefined;
  /** Opens another report (one just created from this one). */
  onOpenReport?: (reportId: number) => void;
}

export function WorkspaceScreen({ reportId, onBack, initialSectionId, initialRange, onOpenReport }: Props) {
  const { report, setReport, error, reload, patchSection, autosave } = useReport(reportId);
  const template = useTemplate(report?.templateId);
  const editor = useRef<SectionEditorHandle>(null);
  const [sideTab, setSideTab] = useState('guide');
  const [editorRevision, setEditorRevision] = useState(0);
  const [exporting, setExporting] = useState(false);
  const font = useEditorFontSize();
  const layout = useWorkspaceLayout();
  const [previewing, setPreviewing] = useState(false);
  /** 「仍然导出空白标题」, the same for the preview, the print, the PDF and the .docx of this session. */
  const [keepEmpty, setKeepEmpty] = useState(false);

  const { queue, flush, flushQuietly } = autosave;
  const pendingEdits = useCallback(() => unsavedEdits(queue), [queue]);
  const view = useSelection({ report, editor, flushQuietly, initialSectionId, initialRange });
  const { selected, select, focus, setFocus } = view;
  const section = selected?.node;
  const actions = useSectionActions({ report, flush, reload, setReport, patchSection, select: view.selectSection, queue });
  const saveVersion = useSaveVersion({ reportId, flush, onSaved: autosave.noteSaved });
  // A whole version was put back (版本, or 撤销 of 全部替换): the editor reloads its text.
  const replaced = (restored: Report) => {
    setReport(restored);
    setEditorRevision((r) => r + 1);
    autosave.noteSaved();
  };
  const versions = useVersionDialogs({ report, flush, save: saveVersion, onRestored: replaced });
  const applyEdits = usePlaceEdits({ setReport, patchSection, openSectionId: section?.id, editor, queue });
  const find = useFindReplace({ report, current: view.current, editor, select, setFocus, applyEdits, flush, onReportReplaced: replaced });
  const [findFocus, setFindFocus] = useState(0);
  const openFind = (mode: 'find' | 'replace') => {
    find.open(mode);
    setFindFocus((n) => n + 1);
  };
  useShortcuts([
    { key: 's', inModal: true, run: () => void saveVersion() },
    { key: 'e', run: () => setExporting(true) },
    { key: 'f', shift: false, run: () => openFind('find') },
    { key: 'h', shift: false, run: () => openFind('replace') },
    // The preview handles Ctrl+P itself while it is open (it prints).
    { key: 'p', run: () => setPreviewing(true) },
  ]);

  // What is shown beside the text (outline, completeness, panels) follows it at a lower priority
  // than typing: a keystroke paints first, these catch up when the user pauses.
  const shownReport = useDeferredValue(report);
  // What is missing reads all of it: once typing pauses, not per keystroke of a long section. Which
  // areas the text speaks of comes with the 审校 run (useChecks), off the main thread.
  const settledReport = useSettled(shownReport);
  const settledSections = useMemo(() => (settledReport ? documentOrder(settledReport.sections) : []), [settledReport]);
  const missing = useMemo(() => (template && settledReport ? completeness(template, settledSections) : null), [template, settledReport, settledSections]);
  // Counted again only where the text changed: the open section.
  const [counter] = useState(charCounter);
  const chars = useMemo(() => (shownReport ? counter.report(shownReport) : 0), [counter, shownReport]);
  // The open section's 字数 and its 去年对照 follow the text at the same pace.
  const shownSection = useMemo(() => shownReport?.sections.find((s) => s.id === section?.id), [shownReport, section?.id]);
  const sectionChars = useMemo(() => (shownSection ? counter.section(shownSection) : 0), [counter, shownSection]);
  const sectionShape = useSectionShape(section);
  const checks = useChecks({ report, setReport, patchSection, template, openSectionId: section?.id, editor, queue, select, setFocus });
  const lastYear = useLastYear({
    reportId,
    report,
    setReport,
    section,
    template,
    editor,
    flush,
    setStatus: actions.setStatus,
    onOpenReport,
    shown: { report: shownReport, section: shownSection },
    openSection: (id) => select({ kind: 'section', id }),
    onGoChecks: () => {
      setSideTab('checks');
      layout.setDrawerOpen(true);
    },
  });
  useEffect(
    () =>
      whenIdle(() => {
        exportDialog.prefetch();
        printPreview.prefetch();
      }),
    [],
  );
  // What a keystroke leaves alone keeps its identity, so the memoised outline, top bar and section
  // header skip the keystroke's render: the outline's shape, the 「最近删除」 footer, the callbacks.
  const outlineSections = useOutlineShape(report?.sections ?? NO_SECTIONS);
  const onRestoredDeleted = useStableCallback(actions.restored);
  const openReportId = report?.id;
  const deletedFooter = useMemo(
    () => (openReportId === undefined ? null : <RecentlyDeleted reportId={openReportId} refreshKey={actions.deletedTick} flush={flush} onRestored={onRestoredDeleted} />),
    [openReportId, actions.deletedTick, flush, onRestoredDeleted],
  );
  const onBackFlushed = useStableCallback(() => void flush().finally(onBack));
  const openSave = useStableCallback(versions.openSave);
  const openVersions = useStableCallback(versions.openVersions);
  const openExport = useCallback(() => setExporting(true), []);
  const openPreview = useCallback(() => setPreviewing(true), []);
  const toggleDrawer = useStableCallback(() => layout.setDrawerOpen(!layout.drawerOpen));
  const errorBadge = checks.result ? checks.result.counts.error : 0;
  const togglePoint = useStableCallback(actions.togglePoint);
  const openSection = useCallback((id: number) => select({ kind: 'section', id }), [select]);
  const reloadRestored = useCallback(
    () =>
      reload().then((r) => {
        setEditorRevision((n) => n + 1);
        return r;
      }),
    [reload],
  );
  const templateKey = section?.templateKey;
  const templateSection = useMemo(() => (templateKey && template ? findTemplateSection(template, templateKey) : null), [templateKey, template]);
  const drawer = useMemo(() => (layout.wide ? null : { open: layout.drawerOpen, onToggle: toggleDrawer, badge: errorBadge }), [layout.wide, layout.drawerOpen, toggleDrawer, errorBadge]);

  const marks = useMemo<EditorMark[]>(() => {
    const list: EditorMark[] = [...lastYear.marks, ...checks.marks, ...find.marks];
    if (focus && focus.sectionId === section?.id) list.push({ from: focus.from, to: focus.to, kind: 'focus' });
    return list;
  }, [focus, section?.id, checks.marks, lastYear.marks, find.marks]);

  if (error) {
    return (
      <div className="fatal" role="alert">
        <p>{error}</p>
        <button type="button" onClick={onBack}>
          返回报告列表
        </button>
      </div>
    );
  }
  if (!report || !view.current) return <p className="muted pad">正在打开报告…</p>;
  const current = view.current;

  return (
    <div className="workspace" data-layout={layout.wide ? 'wide' : 'narrow'}>
      <WorkspaceTopBar
        title={report.title}
        saveState={autosave.state}
        nextYear={lastYear.nextYear}
        onBack={onBackFlushed}
        onSaveVersion={openSave}
        onVersions={openVersions}
        onExport={openExport}
        drawer={drawer}
        onPreview={openPreview}
      />
      <div className="workspace-body">
        <OutlinePanel sections={outlineSections} selection={current} onSelect={select} footer={deletedFooter} />
        <main className="centre">
          {find.mode && <FindBar find={find} focusKey={findFocus} placeName={findPlaceName(find.currentMatch, view.outline)} />}
          {selected ? (
            <SectionPane
              entry={selected}
              actions={actions}
              reviewBar={lastYear.reviewBar}
              titleHit={find.currentMatch?.sectionId === selected.node.id && find.currentMatch.field === 'title'}
              editor={editor}
              editorRevision={editorRevision}
              text={queue.pendingText(selected.node.id) ?? selected.node.body}
              font={font}
              sectionChars={sectionChars}
              reportChars={chars}
              marks={marks}
              marksFor={selected.node.body}
              onChange={(text, typed) => {
                if (focus) setFocus(null);
                queue.schedule(selected.node.id, text);
                // A keystroke: the editor shows it and the save queue has the text at once; the
                // page's copy (counts, panels, marks, the checks) follows in a render after the
                // frame is painted. Edits found in that copy check that it has caught up
                // (usePlaceEdits), and marks go only onto the text they were placed on. A
                // command's change (修正, 替换, 插入) is in the page's copy at once: what the
                // command does next reads it.
                if (typed) startTransition(() => patchSection(selected.node.id, { body: text }));
                else patchSection(selected.node.id, { body: text });
              }}
              onBlur={() => void flushQuietly()}
              onSelectionChange={lastYear.onSelectionChange}
              onFind={() => openFind('replace')}
            />
          ) : (
            <ReportInfoForm
              part={current.kind === 'tail' ? 'tail' : 'head'}
              report={report}
              onSave={actions.updateReport}
              hit={reportField(find.currentMatch)}
            />
          )}
        </main>
        {layout.sideVisible && (
          <WorkspaceSide
            outline={outlineSections}
            // The open section as it is now (its ticked 要点 show and toggle at once), but the same
            // object while only its text changes: a keystroke's render leaves the side panel alone.
            section={sectionShape}
            sectionBody={shownSection?.body ?? section?.body ?? ''}
            sectionChars={sectionChars}
            templateSection={templateSection}
            missing={missing}
            coverage={checks.coverage}
            checks={checks}
            onTogglePoint={togglePoint}
            editor={editor}
            guidanceExtra={lastYear.guidanceExtra}
            compareTab={lastYear.compareTab}
            active={sideTab}
            onActiveChange={setSideTab}
            onOpenSection={openSection}
            savedTick={autosave.savedTick}
            beforeRestore={flush}
            onRestored={reloadRestored}
          />
        )}
      </div>
      {versions.dialogs}
      {actions.confirmDialog}
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog
            report={report}
            template={template}
            flush={flush}
            pending={pendingEdits}
            findings={checks.result}
            keepEmpty={keepEmpty}
            onKeepEmpty={setKeepEmpty}
            onPreview={() => {
              setExporting(false);
              setPreviewing(true);
            }}
            onClose={() => setExporting(false)}
            onOpenSection={(id) => {
              setExporting(false);
              select({ kind: 'section', id });
            }}
          />
        </Suspense>
      )}
      {previewing && (
        <Suspense fallback={null}>
          <PrintPreview
            reportId={report.id}
            flush={flush}
            keepEmpty={keepEmpty}
            onKeepEmpty={setKeepEmpty}
            onClose={() => setPreviewing(false)}
            onExportWord={() => {
              setPreviewing(false);
              setExporting(true);
            }}
            onOpen={(where) => {
              setPreviewing(false);
              select(where.place === 'head' || where.place === 'tail' ? { kind: where.place } : { kind: 'section', id: where.place });
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
