// The editor screen: outline on the left, the section editor in the centre, the side panel on
// the right. Owns the autosave queue and the keyboard shortcuts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { numberOutline } from '../../shared/outline/numbering';
import { api, errorMessage } from '../api';
import { SaveQueue } from '../autosave/saveQueue';
import { useToast } from '../components/Toasts';
import { countChars } from '../format';
import { HistoryPanel } from './HistoryPanel';
import { OutlinePanel } from './OutlinePanel';
import { SaveIndicator, useSaveState } from './SaveIndicator';
import { SectionEditor } from './SectionEditor';
import { SectionHeader } from './SectionHeader';
import { useFontZoom } from './useFontZoom';
import { useReport } from './useReport';

interface Props {
  reportId: number;
  onBack: () => void;
}

export function WorkspaceScreen({ reportId, onBack }: Props) {
  const { report, setReport, error, reload, patchSection } = useReport(reportId);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editorRevision, setEditorRevision] = useState(0);
  const [savedTick, setSavedTick] = useState(0);
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
    const onBeforeUnload = () => void flush();
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.nianbaoFlush = () => queue.flush().then(() => true);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
      delete window.nianbaoFlush;
    };
  }, [queue, flush]);

  const outline = useMemo(() => numberOutline(report?.sections ?? []), [report]);
  const selected = outline.find((e) => e.node.id === selectedId) ?? outline[0];

  const select = useCallback(
    (id: number) => {
      void flush();
      setSelectedId(id);
    },
    [flush],
  );

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
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [snapshot]);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await queue.flush();
      await action();
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

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
  if (!report || !selected) return <p className="muted pad">正在打开报告…</p>;
  const section = selected.node;

  return (
    <div className="workspace">
      <header className="topbar">
        <button
          type="button"
          onClick={() => {
            void queue.flush().finally(onBack);
          }}
        >
          ← 报告列表
        </button>
        <h1 className="report-heading" title={report.title}>
          {report.title}
        </h1>
        <SaveIndicator state={saveState} />
        <div className="topbar-actions">
          <button type="button" onClick={() => void snapshot()} title="保存并留下一个版本（Ctrl+S）">
            保存版本
          </button>
        </div>
      </header>
      <div className="workspace-body">
        <OutlinePanel sections={report.sections} selectedId={section.id} onSelect={select} />
        <main className="centre">
          <SectionHeader
            section={section}
            prefix={selected.prefix}
            onRename={(title) =>
              void run(async () => patchSection(section.id, await api.updateSection({ id: section.id, title })))
            }
            onStatus={(status) =>
              void run(async () => patchSection(section.id, await api.updateSection({ id: section.id, status })))
            }
            onNotApplicable={(notApplicable) =>
              void run(async () => patchSection(section.id, await api.updateSection({ id: section.id, notApplicable })))
            }
            onAddSibling={() =>
              void run(async () => {
                const added = await api.addSection({ reportId, parentId: section.parentId, afterId: section.id, title: '新标题' });
                await reload();
                setSelectedId(added.id);
              })
            }
            onAddChild={() =>
              void run(async () => {
                const last = report.sections.filter((s) => s.parentId === section.id).at(-1);
                const added = await api.addSection({ reportId, parentId: section.id, afterId: last?.id ?? null, title: '新标题' });
                await reload();
                setSelectedId(added.id);
              })
            }
            onMove={(direction) => void run(async () => setReport(await api.moveSection({ id: section.id, direction })))}
            onDelete={() =>
              void run(async () => {
                const { removedIds } = await api.removeSection({ id: section.id });
                await reload();
                setSelectedId(section.parentId);
                toast({
                  kind: 'info',
                  text: `已删除「${section.title}」`,
                  action: {
                    label: '撤销',
                    run: () =>
                      void run(async () => {
                        setReport(await api.restoreSections({ ids: removedIds }));
                        setSelectedId(section.id);
                      }),
                  },
                });
              })
            }
          />
          <SectionEditor
            sectionId={section.id}
            revision={editorRevision}
            text={queue.pendingText(section.id) ?? section.body}
            fontSize={fontSize}
            placeholderText="在此输入本节正文。每段一行；小标题如「1.」「（1）」直接写在段首。"
            onChange={(text) => {
              patchSection(section.id, { body: text });
              queue.schedule(section.id, text);
            }}
            onBlur={() => void flush()}
          />
          <div className="editor-footer muted">本节 {countChars(section.body)} 字 · 字号 {fontSize}（Ctrl + / Ctrl - 调整）</div>
        </main>
        <aside className="side" aria-label="历史版本">
          <h2>历史版本</h2>
          <HistoryPanel
            sectionId={section.id}
            refreshKey={savedTick}
            beforeRestore={() => queue.flush()}
            onRestored={() => {
              void reload().then(() => setEditorRevision((r) => r + 1));
            }}
          />
        </aside>
      </div>
    </div>
  );
}
