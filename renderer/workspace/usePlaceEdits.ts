// Edits to one text of the report (a section's title or body, or the report's title, 主送, opening,
// closing, 落款), written the way typing would write them: the open section through its editor (so
// Ctrl+Z undoes it), other sections' text through the autosave queue, titles and report fields
// through their calls. 审校's 「修正」 and find-and-replace both write through here.
import { useCallback, type RefObject } from 'react';
import { applyEdits, type TextEdit } from '../../shared/text/edits';
import { REPORT_TEXT_KEY, type TextPlace } from '../../shared/text/findReplace';
import type { Report, ReportMeta, Section } from '../../shared/types';
import { api } from '../api';
import type { SaveQueue } from '../autosave/saveQueue';
import type { SectionEditorHandle } from './SectionEditor';

interface Deps {
  setReport: (update: (r: Report | null) => Report | null) => void;
  patchSection: (id: number, patch: Partial<Section>) => void;
  /** The section shown in the editor, if any. */
  openSectionId: number | undefined;
  editor: RefObject<SectionEditorHandle | null>;
  queue: SaveQueue;
}

/** Applies edits at a place of `current`; returns 1 when the text changed, else 0. Sections whose
 *  text changed outside the editor are added to `forget` (their editor state must be dropped). */
export type ApplyAtPlace = (current: Report, place: TextPlace, edits: readonly TextEdit[], forget: number[]) => Promise<number>;

export function usePlaceEdits({ setReport, patchSection, openSectionId, editor, queue }: Deps): ApplyAtPlace {
  return useCallback<ApplyAtPlace>(
    async (current, place, edits, forget) => {
      if (place.sectionId === null) {
        if (place.field === 'title' || place.field === 'body') return 0;
        const key = REPORT_TEXT_KEY[place.field];
        const next = applyEdits(current[key], edits);
        if (next === current[key]) return 0;
        const meta: ReportMeta = await api.updateReport({ id: current.id, patch: { [key]: next } });
        setReport((r) => (r ? { ...r, [key]: meta[key], updatedAt: meta.updatedAt } : r));
        return 1;
      }
      const section = current.sections.find((s) => s.id === place.sectionId);
      if (!section) return 0;
      if (place.field === 'title') {
        const title = applyEdits(section.title, edits);
        if (title === section.title || title.trim() === '') return 0;
        const saved = await api.updateSection({ id: section.id, title });
        patchSection(section.id, { title: saved.title, updatedAt: saved.updatedAt });
        return 1;
      }
      if (place.field !== 'body') return 0;
      // The edits were found in `current`; on any other text they would write over newer typing.
      const changed = () => new Error(`「${section.title}」的文字刚刚改过，这一处没有改动，请看最新的结果后再试。`);
      if (section.id === openSectionId && editor.current) {
        if (editor.current.text() !== section.body) throw changed();
        return editor.current.replaceRanges(edits) ? 1 : 0;
      }
      const newest = queue.newerText(section.id);
      if (newest !== undefined && newest !== section.body) throw changed();
      const body = applyEdits(section.body, edits);
      if (body === section.body) return 0;
      patchSection(section.id, { body });
      queue.schedule(section.id, body);
      forget.push(section.id);
      return 1;
    },
    [setReport, patchSection, openSectionId, editor, queue],
  );
}
