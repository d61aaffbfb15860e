// The guided workspace: outline on the left, the section editor (or the title/closing form) in
// the centre, guidance, completeness and history on the right. Owns the autosave queue and the
// keyboard shortcuts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { numberOutline } from '../../shared/outline/numbering';
import { completeness } from '../../shared/templates/completeness';
import { findTemplateSection } from '../../shared/templates/instantiate';
import { api, errorMessage } from '../api';
import { SaveQueue } from '../autosave/saveQueue';
import { useToast } from '../components/Toasts';
import { countChars } from '../format';
import { ChecksPanel } from './checks/ChecksPanel';
import { useChecks } from './checks/useChecks';
import { CompletenessPanel } from './CompletenessPanel';
import { ExportDialog } from './export/ExportDialog';
import { GuidancePanel } from './GuidancePanel';
import { HistoryPanel } from './HistoryPanel';
import { OutlinePanel, type Selection } from './OutlinePanel';
import { ReportInfoForm } from './ReportInfoForm';
import { useReuse } from './reuse/useReuse';
import { SaveIndicator, useSaveState } from './SaveIndicator';
import type { EditorMark } from './editorMarks';
import { SectionEditor, type SectionEditorHandle } from './SectionEditor';
import { SectionHeader } from './SectionHeader';
import { SidePanel, type SideTab } from './SidePanel';
import { useFontZoom } from './useFontZoom';
import { useReport } from './useReport';
import { useSectionActions } from './useSectionActions';
import { useTemplate } from './useTemplate';

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
  const { report, setReport, error, reload, patchSection } = useReport(reportId);
  const template = useTemplate(report?.templateId);
  const [selection, setSelection] = useState<Selection | null>(initialSectionId ? { kind: 'section', id: initialSectionId } : null);
  const [sideTab, setSideTab] = useState('guide');
  const [editorRevision, setEditorRevision] = useState(0);
  const [savedTick, setSavedTick] = useState(0);
  /** A range to show highlighted once its section is on screen (a finding, a search hit). */
  const [focus, setFocus] = useState<{ sectionId: number; from: number; to: number } | null>(
    initialSectionId && initialRange ? { sectionId: initialSectionId, ...initialRange } : null,
  );
  const editor = useRef<SectionEditorHandle>(null);
  const [exporting, setExporting] = useState(false);
  const toast = useToast();
  const { fontSize } = useFontZoom();

  const queue = useMemo(
    () =>
      new SaveQueue(async (id, body) => {
        const res = await api.saveSectionText({ id, body });
        patchSection(id, { status: res.status, updatedAt: res.updatedAt });
        setSavedTick((t) => t + 1);
      }),
    [patchSection],
  );
  const saveState = useSaveState(queue);
  const flush = useCallback(() => queue.flush().catch(() => undefined), [queue]);

  // Flush on blur, hide and quit; the main process calls window.nianbaoFlush before closing.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onBlur = () => void flush();
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', onBlur);
    document.addEventListener('visibilitychange', onHide);
    // Resolves false when a save failed: the shell then asks before quitting.
    window.nianbaoFlush = () => queue.flush().then(() => true, () => false);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
      delete window.nianbaoFlush;
    };
  }, [queue, flush]);

  const outline = useMemo(() => numberOutline(report?.sections ?? []), [report]);
  const current = selection ?? (outline[0] ? { kind: 'section' as const, id: outline[0].node.id } : null);
  const selected = current?.kind === 'section' ? (outline.find((e) => e.node.id === current.id) ?? outline[0]) : undefined;

  const select = useCallback(
    (next: Selection) => {
      void flush();
      setSelection(next);
    },
    [flush],
  );
  const selectSection = useCallback((id: number | null) => setSelection(id === null ? null : { kind: 'section', id }), []);
  useEffect(() => {
    if (focus && selection?.kind === 'section' && selection.id === focus.sectionId) editor.current?.select(focus.from, focus.to);
  }, [focus, selection]);
  const actions = useSectionActions({ report, flush: () => queue.flush(), reload, setReport, patchSection, select: selectSection });

  const snapshot = useCallback(async () => {
    try {
      await queue.flush();
      await api.createSnapshot({ reportId, label: '手动保存' });
      toast({ kind: 'info', text: '已保存，并留下一个版本（可在「历史版本」中找回）。' });
      setSavedTick((t) => t + 1);
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  }, [queue, reportId, toast]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void snapshot();
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        setExporting(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [snapshot]);

  const missing = useMemo(
    () => (template && report ? completeness(template, outline.map((e) => e.node)) : null),
    [template, report, outline],
  );

  const sectionId = selected?.node.id;
  const checks = useChecks({ report, setReport, patchSection, template, openSectionId: sectionId, editor, queue, select, setFocus });
  const reuse = useReuse({ reportId, report, section: selected?.node, template, editor, flush: () => queue.flush(), setStatus: actions.setStatus, onOpenReport });
  const marks = useMemo<EditorMark[]>(() => {
    const list: EditorMark[] = [...reuse.marks, ...checks.marks];
    if (focus && focus.sectionId === sectionId) list.push({ from: focus.from, to: focus.to, kind: 'focus' });
    return list;
  }, [focus, sectionId, checks.marks, reuse.marks]);

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
  if (!report || !current) return <p className="muted pad">正在打开报告…</p>;
  const section = selected?.node;
  const templateSection = section?.templateKey && template ? findTemplateSection(template, section.templateKey) : null;

  const tabs: SideTab[] = [
    {
      id: 'guide',
      label: '写作指引',
      render: () =>
        section ? (
          <GuidancePanel
            section={section}
            templateSection={templateSection}
            onTogglePoint={(pointId, checked) => actions.togglePoint(section, pointId, checked)}
            onInsert={(text) => editor.current?.insertParagraph(text)}
            extra={reuse.guidanceExtra}
          />
        ) : (
          <p className="muted">标题、主送机关、开头段落和落款会按公文格式导出；开头一般写「XXXX年，XX在XX的正确领导下……现将有关情况报告如下：」。</p>
        ),
    },
    {
      id: 'complete',
      label: '完整性',
      badge: missing?.filter((m) => m.kind !== 'point').length,
      render: () => <CompletenessPanel items={missing} onOpen={(id) => select({ kind: 'section', id })} />,
    },
    {
      id: 'checks',
      label: '审校',
      badge: checks.result ? checks.result.counts.error + checks.result.counts.warning : undefined,
      render: () => <ChecksPanel checks={checks} sections={report.sections} />,
    },
    ...(reuse.compareTab ? [reuse.compareTab] : []),
    {
      id: 'history',
      label: '历史版本',
      render: () =>
        section ? (
          <HistoryPanel
            sectionId={section.id}
            refreshKey={savedTick}
            beforeRestore={() => queue.flush()}
            onRestored={() => void reload().then(() => setEditorRevision((r) => r + 1))}
          />
        ) : (
          <p className="muted">选择一个章节查看它的历史版本。</p>
        ),
    },
  ];

  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" onClick={() => void queue.flush().finally(onBack)}>
          ← 报告列表
        </button>
        <h1 className="report-heading" title={report.title}>
          {report.title}
        </h1>
        <SaveIndicator state={saveState} />
        <div className="topbar-actions">
          {reuse.nextYear}
          <button type="button" onClick={() => void snapshot()} title="保存并留下一个版本（Ctrl+S）">
            保存版本
          </button>
          <button type="button" className="primary" onClick={() => setExporting(true)} title="按公文格式导出 Word 文件（Ctrl+E）">
            导出
          </button>
        </div>
      </header>
      <div className="workspace-body">
        <OutlinePanel sections={report.sections} selection={current} onSelect={select} />
        <main className="centre">
          {section && selected ? (
            <>
              <SectionHeader
                section={section}
                prefix={selected.prefix}
                onRename={(title) => actions.rename(section, title)}
                onStatus={(status) => actions.setStatus(section, status)}
                onNotApplicable={(reason) => actions.setNotApplicable(section, reason)}
                onAddSibling={() => actions.addSibling(section)}
                onAddChild={() => actions.addChild(section)}
                onMove={(direction) => actions.move(section, direction)}
                onDelete={() => actions.remove(section)}
              />
              {reuse.reviewBar}
              <SectionEditor
                ref={editor}
                sectionId={section.id}
                revision={editorRevision}
                text={queue.pendingText(section.id) ?? section.body}
                fontSize={fontSize}
                placeholderText="在此输入本节正文。每段一行；小标题如「1.」「（1）」直接写在段首。"
                marks={marks}
                onChange={(text) => {
                  if (focus) setFocus(null);
                  patchSection(section.id, { body: text });
                  queue.schedule(section.id, text);
                }}
                onBlur={() => void flush()}
              />
              <div className="editor-footer muted">
                本节 {countChars(section.body)} 字 · 字号 {fontSize}（Ctrl + / Ctrl - 调整）
              </div>
            </>
          ) : (
            <ReportInfoForm
              part={current.kind === 'tail' ? 'tail' : 'head'}
              report={report}
              onSave={(patch) =>
                void actions.run(async () => {
                  const meta = await api.updateReport({ id: report.id, patch });
                  setReport({ ...report, ...meta });
                })
              }
            />
          )}
        </main>
        <SidePanel tabs={tabs} active={sideTab} onActiveChange={setSideTab} />
      </div>
      {exporting && (
        <ExportDialog
          report={report}
          template={template}
          flush={() => queue.flush()}
          onClose={() => setExporting(false)}
          onOpenSection={(id) => {
            setExporting(false);
            select({ kind: 'section', id });
          }}
        />
      )}
    </div>
  );
}
