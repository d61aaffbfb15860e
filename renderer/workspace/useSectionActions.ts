// Structure edits from the section header: rename, state, 「无此项」, add, move, delete with undo;
// and the report's own fields (title, opening, 落款) from 「标题与开头」 / 「结尾与落款」.
// Every action first flushes pending autosaves, so the order of writes is the order of intent.
import { useCallback } from 'react';
import type { Report, ReportMeta, Section } from '../../shared/types';
import { api, errorMessage } from '../api';
import { useToast } from '../components/Toasts';

interface Deps {
  report: Report | null;
  flush: () => Promise<void>;
  reload: () => Promise<Report | null>;
  setReport: (r: Report) => void;
  patchSection: (id: number, patch: Partial<Section>) => void;
  select: (id: number | null) => void;
}

export function useSectionActions({ report, flush, reload, setReport, patchSection, select }: Deps) {
  const toast = useToast();
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await flush();
        await action();
      } catch (err) {
        toast({ kind: 'error', text: errorMessage(err) });
      }
    },
    [flush, toast],
  );

  const update = (section: Section, patch: Parameters<typeof api.updateSection>[0]) =>
    void run(async () => patchSection(section.id, await api.updateSection({ ...patch, id: section.id })));

  return {
    run,
    updateReport: (patch: Parameters<typeof api.updateReport>[0]['patch']) =>
      void run(async () => {
        if (!report) return;
        const meta: ReportMeta = await api.updateReport({ id: report.id, patch });
        setReport({ ...report, ...meta });
      }),
    rename: (s: Section, title: string) => update(s, { id: s.id, title }),
    setStatus: (s: Section, status: Section['status']) => update(s, { id: s.id, status }),
    setNotApplicable: (s: Section, notApplicable: string | null) => update(s, { id: s.id, notApplicable }),
    togglePoint: (s: Section, pointId: string, checked: boolean) => {
      const next = checked ? [...s.checkedPoints, pointId] : s.checkedPoints.filter((p) => p !== pointId);
      patchSection(s.id, { checkedPoints: next });
      update(s, { id: s.id, checkedPoints: next });
    },
    addSibling: (s: Section) =>
      void run(async () => {
        if (!report) return;
        const added = await api.addSection({ reportId: report.id, parentId: s.parentId, afterId: s.id, title: '新标题' });
        await reload();
        select(added.id);
      }),
    addChild: (s: Section) =>
      void run(async () => {
        if (!report) return;
        const last = report.sections.filter((x) => x.parentId === s.id).at(-1);
        const added = await api.addSection({ reportId: report.id, parentId: s.id, afterId: last?.id ?? null, title: '新标题' });
        await reload();
        select(added.id);
      }),
    move: (s: Section, direction: 'up' | 'down') => void run(async () => setReport(await api.moveSection({ id: s.id, direction }))),
    remove: (s: Section) =>
      void run(async () => {
        const { removedIds } = await api.removeSection({ id: s.id });
        await reload();
        select(s.parentId);
        toast({
          kind: 'info',
          text: `已删除「${s.title}」`,
          action: {
            label: '撤销',
            run: () =>
              void run(async () => {
                setReport(await api.restoreSections({ ids: removedIds }));
                select(s.id);
              }),
          },
        });
      }),
  };
}
