// What the workspace shows: the numbered outline, the open part (a section, 「标题与开头」 or
// 「结尾与落款」) and a range to highlight once its section is on screen (a finding, a search or
// find hit). Changing the open part first pushes pending autosaves.
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { numberOutline } from '../../shared/gongwen/sectionOrder';
import type { Report } from '../../shared/types';
import { api } from '../api';
import type { Selection } from './OutlinePanel';
import type { SectionEditorHandle } from './SectionEditor';

export interface Focus {
  sectionId: number;
  from: number;
  to: number;
  /** Show it without taking the focus (find: the typing stays in the find box). */
  quiet?: boolean;
}

interface Args {
  report: Report | null;
  editor: RefObject<SectionEditorHandle | null>;
  flushQuietly: () => Promise<void>;
  initialSectionId?: number | undefined;
  initialRange?: { from: number; to: number } | undefined;
}

export function useSelection({ report, editor, flushQuietly, initialSectionId, initialRange }: Args) {
  const [selection, setSelection] = useState<Selection | null>(initialSectionId ? { kind: 'section', id: initialSectionId } : null);
  const [focus, setFocus] = useState<Focus | null>(initialSectionId && initialRange ? { sectionId: initialSectionId, ...initialRange } : null);

  const outline = useMemo(() => numberOutline(report?.sections ?? []), [report]);
  // The same object from render to render (the outline is memoised on it).
  const firstId = outline[0]?.node.id;
  const current = useMemo<Selection | null>(() => selection ?? (firstId !== undefined ? { kind: 'section', id: firstId } : null), [selection, firstId]);
  const selected = current?.kind === 'section' ? (outline.find((e) => e.node.id === current.id) ?? outline[0]) : undefined;

  const select = useCallback(
    (next: Selection) => {
      void flushQuietly();
      setSelection(next);
    },
    [flushQuietly],
  );
  const selectSection = useCallback((id: number | null) => setSelection(id === null ? null : { kind: 'section', id }), []);

  // Remembered, so the next start reopens this report at this section.
  const reportId = report?.id;
  const openSectionId = selected?.node.id ?? null;
  useEffect(() => {
    if (reportId !== undefined) api.setLastOpened({ reportId, sectionId: openSectionId }).catch(() => undefined);
  }, [reportId, openSectionId]);

  useEffect(() => {
    if (!focus || selection?.kind !== 'section' || selection.id !== focus.sectionId) return;
    if (focus.quiet) editor.current?.reveal(focus.from, focus.to);
    else editor.current?.select(focus.from, focus.to);
  }, [focus, selection, editor]);

  return { outline, current, selected, select, selectSection, focus, setFocus };
}
