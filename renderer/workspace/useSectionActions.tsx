// Structure edits from the section header: rename, state, 「无此项」, add (the new title ready to
// type over), move, delete — asked first when there is text, undoable from a toast that stays
// until dismissed, and restorable from 「最近删除」 — and the report's own fields (title, opening,
// 落款) from 「标题与开头」 / 「结尾与落款」 — their text through the autosave queue, so it is kept and
// retried like section text; a pasted report's parts as sections. Every action first flushes
// pending autosaves, so the order of writes is the order of intent.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { subtreeChars } from '../../shared/gongwen/zishu';
import type { PastedPart, PasteSplit } from '../../shared/import/pasteSplit';
import { SECTION_TITLE_MAX, type Report, type ReportMeta, type Section } from '../../shared/types';
import { api, errorMessage } from '../api';
import type { SaveQueue } from '../autosave/saveQueue';
import { useToast } from '../components/Toasts';
import { DeleteSectionDialog } from './DeleteSectionDialog';

/** The fields of `meta` that `patch` set. */
function changedFields(meta: ReportMeta, patch: Partial<ReportMeta>): Partial<ReportMeta> {
  return Object.fromEntries(Object.keys(patch).map((k) => [k, meta[k as keyof ReportMeta]]));
}

interface Deps {
  report: Report | null;
  flush: () => Promise<void>;
  reload: () => Promise<Report | null>;
  setReport: Dispatch<SetStateAction<Report | null>>;
  patchSection: (id: number, patch: Partial<Section>) => void;
  select: (id: number | null) => void;
  queue: SaveQueue;
}

type ReportPatch = Parameters<typeof api.updateReport>[0]['patch'];

export function useSectionActions({ report, flush, reload, setReport, patchSection, select, queue }: Deps) {
  const toast = useToast();
  /** A section with text waiting for 「确定删除」. */
  const [confirming, setConfirming] = useState<{ section: Section; chars: number; subsections: number } | null>(null);
  /** A section just added: its title is focused and selected for typing. */
  const [added, setAdded] = useState<number | null>(null);
  /** Bumps when something was deleted or restored (「最近删除」 reloads). */
  const [deletedTick, setDeletedTick] = useState(0);
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

  const add = (parentId: number | null, afterId: number | null) =>
    void run(async () => {
      if (!report) return;
      const section = await api.addSection({ reportId: report.id, parentId, afterId, title: '新标题' });
      await reload();
      setAdded(section.id);
      select(section.id);
    });

  const restore = (s: Section) =>
    void run(async () => {
      setReport(await api.restoreDeletedSection({ id: s.id }));
      setDeletedTick((t) => t + 1);
      select(s.id);
    });

  const removeNow = (s: Section) =>
    void run(async () => {
      await api.removeSection({ id: s.id });
      await reload();
      setDeletedTick((t) => t + 1);
      select(s.parentId);
      toast({ kind: 'info', sticky: true, text: `已删除「${s.title}」，可在提纲下方的「最近删除」中找回。`, action: { label: '撤销', run: () => restore(s) } });
    });

  // The answer's text is the one saved before the round trip; typing may have gone on meanwhile.
  const update = (section: Pick<Section, 'id'>, patch: Parameters<typeof api.updateSection>[0]) =>
    void run(async () => {
      const { body: _saved, ...rest } = await api.updateSection({ ...patch, id: section.id });
      patchSection(section.id, rest);
    });

  return {
    run,
    updateReport: ({ headingStyle, ...texts }: ReportPatch) => {
      // The text at once on the page (a field shown again shows it) and queued: a refused write
      // keeps it, 「修改尚未保存」, until the medium can be written again.
      setReport((r) => (r ? { ...r, ...texts } : r));
      for (const [key, value] of Object.entries(texts) as Array<[keyof typeof texts, string | undefined]>) if (value !== undefined) queue.schedule(key, value);
      if (Object.keys(texts).length > 0) void queue.flush().catch(() => undefined);
      if (headingStyle === undefined) return;
      void run(async () => {
        if (!report) return;
        const patch = { headingStyle };
        const meta: ReportMeta = await api.updateReport({ id: report.id, patch });
        // Only the field this edit changed, onto the report as it is now: the report of the click
        // may be older (text typed, sections renamed, another field saved during the round trip).
        setReport((r) => (r ? { ...r, ...changedFields(meta, patch), updatedAt: meta.updatedAt } : r));
      });
    },
    rename: (s: Section, title: string) => update(s, { id: s.id, title }),
    setStatus: (s: Section, status: Section['status']) => update(s, { id: s.id, status }),
    setNotApplicable: (s: Section, notApplicable: string | null) => update(s, { id: s.id, notApplicable }),
    togglePoint: (s: Pick<Section, 'id' | 'checkedPoints'>, pointId: string, checked: boolean) => {
      const next = checked ? [...s.checkedPoints, pointId] : s.checkedPoints.filter((p) => p !== pointId);
      patchSection(s.id, { checkedPoints: next });
      update(s, { id: s.id, checkedPoints: next });
    },
    addSibling: (s: Section) => add(s.parentId, s.id),
    addChild: (s: Section) => add(s.id, report?.sections.filter((x) => x.parentId === s.id).at(-1)?.id ?? null),
    /** The section whose title should take the focus (just added), once. */
    added,
    clearAdded: () => setAdded(null),
    /**
     * The parts of a paste as sections: after this one when their headings are of its level or
     * above, under it when they are deeper (「（一）」 pasted into part one); `done` gets the ids.
     */
    addPastedParts: (s: Section, split: PasteSplit, done: (created: number[]) => void) =>
      void run(async () => {
        if (!report) return;
        const addPart = async (parentId: number | null, afterId: number | null, part: PastedPart): Promise<number> => {
          const section = await api.addSection({ reportId: report.id, parentId, afterId, title: part.title.slice(0, SECTION_TITLE_MAX) });
          if (part.body) await api.saveSectionText({ id: section.id, body: part.body });
          let after: number | null = null;
          for (const child of part.children) after = await addPart(section.id, after, child);
          return section.id;
        };
        const under = split.level > s.level;
        let after = under ? (report.sections.filter((x) => x.parentId === s.id).at(-1)?.id ?? null) : s.id;
        const created: number[] = [];
        for (const part of split.parts) created.push((after = await addPart(under ? s.id : s.parentId, after, part)));
        await reload();
        done(created);
      }),
    /** Undo of addPastedParts (each with its sub-sections); `putBack` gets the report read back after. */
    removeAdded: (ids: readonly number[], putBack: (fresh: Report) => void) =>
      void run(async () => {
        for (const id of ids) await api.removeSection({ id });
        const fresh = await reload();
        setDeletedTick((t) => t + 1);
        if (fresh) putBack(fresh);
      }),
    /** A section's whole text set from outside its editor (it is not open): shown and queued. */
    setText: (id: number, body: string) => {
      patchSection(id, { body });
      queue.schedule(id, body);
    },
    move: (s: Section, direction: 'up' | 'down') => void run(async () => setReport(await api.moveSection({ id: s.id, direction }))),
    remove: (s: Section) => {
      const sections = report?.sections ?? [];
      const chars = subtreeChars(sections).get(s.id) ?? 0;
      if (chars === 0) return removeNow(s);
      const below = new Set([s.id]);
      for (const x of sections) if (x.parentId !== null && below.has(x.parentId)) below.add(x.id);
      setConfirming({ section: s, chars, subsections: below.size - 1 });
    },
    deletedTick,
    restored: (r: Report, sectionId: number) => {
      setReport(r);
      setDeletedTick((t) => t + 1);
      select(sectionId);
    },
    confirmDialog: confirming && (
      <DeleteSectionDialog
        title={confirming.section.title}
        chars={confirming.chars}
        subsections={confirming.subsections}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          removeNow(confirming.section);
        }}
      />
    ),
  };
}
