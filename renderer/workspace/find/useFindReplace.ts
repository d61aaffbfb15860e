// Find and replace in the open report (Ctrl+F, Ctrl+H): in this section (or 标题与开头, 结尾与落款)
// or the whole report, title, opening and 落款 included. The matches are recomputed from the text
// as it is now, so typing never leaves them pointing at the wrong characters. 上一处/下一处 open the
// section at the match; 替换 writes like typing (undoable in the editor); 全部替换 keeps a version
// first and its toast offers 撤销, which puts that version back.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  findAll,
  HEAD_FIELDS,
  matchAfter,
  replaceEdits,
  reportTexts,
  samePlace,
  TAIL_FIELDS,
  type FindMatch,
  type TextPlace,
} from '../../../shared/text/findReplace';
import type { Report } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import { useToast } from '../../components/Toasts';
import { NO_MARKS, type EditorMark } from '../editorMarks';
import type { Selection } from '../OutlinePanel';
import type { SectionEditorHandle } from '../SectionEditor';
import type { ApplyAtPlace } from '../usePlaceEdits';
import type { Focus } from '../useSelection';

export type FindScope = 'section' | 'report';

interface Deps {
  report: Report | null;
  /** What is open: a section, 标题与开头 or 结尾与落款. */
  current: Selection | null;
  editor: RefObject<SectionEditorHandle | null>;
  select: (s: Selection) => void;
  setFocus: (f: Focus | null) => void;
  applyEdits: ApplyAtPlace;
  flush: () => Promise<void>;
  /** A whole version was put back (undo of 全部替换). */
  onReportReplaced: (report: Report) => void;
}

const scopeTexts = (report: Report, current: Selection | null, scope: FindScope) => {
  const all = reportTexts(report);
  if (scope === 'report' || !current) return all;
  if (current.kind === 'section') return all.filter((t) => t.sectionId === current.id);
  const fields = current.kind === 'head' ? HEAD_FIELDS : TAIL_FIELDS;
  return all.filter((t) => t.sectionId === null && (fields as readonly string[]).includes(t.field));
};

export function useFindReplace({ report, current, editor, select, setFocus, applyEdits, flush, onReportReplaced }: Deps) {
  const toast = useToast();
  const [mode, setMode] = useState<'find' | 'replace' | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [scope, setScope] = useState<FindScope>('report');
  const [index, setIndex] = useState(-1);
  const [after, setAfter] = useState<{ place: TextPlace; pos: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const texts = useMemo(() => (report ? scopeTexts(report, current, scope) : []), [report, current, scope]);
  const matches = useMemo(() => (mode ? findAll(texts, query) : []), [mode, texts, query]);
  const at = index >= 0 && index < matches.length ? index : -1;
  const latest = useRef({ report, texts });
  useLayoutEffect(() => {
    latest.current = { report, texts };
  }, [report, texts]);

  const go = useCallback(
    (i: number, list: readonly FindMatch[]) => {
      const m = list[i];
      setIndex(m ? i : -1);
      if (!m) return;
      if (m.sectionId === null) {
        select({ kind: (HEAD_FIELDS as readonly string[]).includes(m.field) ? 'head' : 'tail' });
        setFocus(null);
        return;
      }
      select({ kind: 'section', id: m.sectionId });
      setFocus(m.field === 'body' ? { sectionId: m.sectionId, from: m.from, to: m.to, quiet: true } : null);
    },
    [select, setFocus],
  );

  // After a replacement: on to the first match after the replaced text.
  useEffect(() => {
    if (!after) return;
    setAfter(null);
    go(matchAfter(matches, texts, after.place, after.pos), matches);
  }, [after, matches, texts, go]);

  const step = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    if (at >= 0) return go((at + direction + matches.length) % matches.length, matches);
    // Not on a match yet: start from the cursor in the open section.
    const sel = current?.kind === 'section' ? editor.current?.selection() : undefined;
    const first = sel && current?.kind === 'section' ? matchAfter(matches, texts, { sectionId: current.id, field: 'body' }, sel.from) : 0;
    go(direction === 1 ? first : (first - 1 + matches.length) % matches.length, matches);
  };

  const replaceOne = async () => {
    const m = matches[at];
    if (!m || !report) return step(1);
    try {
      await applyEdits(report, m, [{ start: m.from, end: m.to, replacement }], []);
      setAfter({ place: m, pos: m.from + replacement.length });
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  const undoAll = async (versionId: number) => {
    try {
      await flush();
      const restored = await api.restoreVersion({ versionId });
      onReportReplaced(restored.report);
      toast({ kind: 'info', text: '已撤销全部替换，内容回到替换之前。' });
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  const replaceAll = async () => {
    if (!report || matches.length === 0 || busy) return;
    setBusy(true);
    try {
      await flush();
      const { version } = await api.saveVersion({ reportId: report.id, kind: 'replaceall' });
      const { report: now, texts: scoped } = latest.current;
      if (!now) return;
      const found = findAll(scoped, query);
      const places = scoped.filter((t) => found.some((m) => samePlace(m, t)));
      const forget: number[] = [];
      for (const place of places) await applyEdits(now, place, replaceEdits(found, place, replacement), forget);
      editor.current?.forget(forget);
      await flush();
      setIndex(-1);
      toast({
        kind: 'info',
        sticky: true,
        text: `已把 ${found.length} 处「${query}」替换为「${replacement}」（${places.length} 个位置）。替换前的内容已保存为一个版本。`,
        action: { label: '撤销', run: () => void undoAll(version.id) },
      });
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const open = (next: 'find' | 'replace') => {
    const sel = current?.kind === 'section' ? editor.current?.selectedText() : '';
    if (sel && !sel.includes('\n') && sel.length <= 100) setQuery(sel);
    setMode(next);
  };

  const currentMatch = matches[at] ?? null;
  const openId = current?.kind === 'section' ? current.id : null;
  const marks = useMemo<EditorMark[]>(
    () => {
      const list = matches.filter((m) => m.sectionId === openId && m.field === 'body').map((m) => ({ from: m.from, to: m.to, kind: 'find' as const }));
      return list.length > 0 ? list : NO_MARKS;
    },
    [matches, openId],
  );

  return {
    mode,
    open,
    close: () => {
      setMode(null);
      setIndex(-1);
      setFocus(null);
    },
    query,
    setQuery: (q: string) => {
      setQuery(q);
      setIndex(-1);
    },
    replacement,
    setReplacement,
    scope,
    setScope: (s: FindScope) => {
      setScope(s);
      setIndex(-1);
    },
    count: matches.length,
    position: at,
    currentMatch,
    marks,
    busy,
    next: () => step(1),
    previous: () => step(-1),
    replaceOne: () => void replaceOne(),
    replaceAll: () => void replaceAll(),
  };
}

export type FindReplace = ReturnType<typeof useFindReplace>;
