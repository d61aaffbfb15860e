// The centre of the workspace while a section is open: its header (title, state, structure
// actions), the 待核对 bar when it applies, the editor (a web paste is cleaned of page debris; a
// pasted report can be split into sections) and the footer with the section's 字数.
import { useCallback, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { splitPastedReport } from '../../shared/import/pasteSplit';
import type { Section } from '../../shared/types';
import { useToast } from '../components/Toasts';
import { useStableCallback } from '../components/useStableCallback';
import { formatCount } from '../format';
import type { EditorMark } from './editorMarks';
import { pasteCleaner } from './pasteCleaner';
import { SectionEditor, type SectionEditorHandle } from './SectionEditor';
import { SectionHeader } from './SectionHeader';
import { FONT_MAX, FONT_MIN, type EditorFontSize } from './useEditorFontSize';
import { useSectionShape } from './useOutlineShape';
import type { useSectionActions } from './useSectionActions';

interface Props {
  /** The open section with its rendered number (「一、」「（二）」…). */
  entry: { node: Section; prefix: string };
  actions: ReturnType<typeof useSectionActions>;
  reviewBar: ReactNode;
  /** The find bar's current match is in this section's title. */
  titleHit: boolean;
  editor: RefObject<SectionEditorHandle | null>;
  /** Bumps when the text was replaced from outside; the editor reloads it. */
  editorRevision: number;
  /** The text to show: a queued save's, else the stored one. */
  text: string;
  font: EditorFontSize;
  /** The 字数 of this section and of the whole report (as the library card and the export dialog
   *  count it), at the pace of the side panel: a keystroke paints before they move. */
  sectionChars: number;
  reportChars: number;
  marks: EditorMark[];
  /** The text the marks were placed on (the page's copy of this section's text). */
  marksFor: string;
  onChange: (text: string, typed: boolean) => void;
  onBlur: () => void;
  onSelectionChange: (from: number, to: number) => void;
  /** Opens find and replace. */
  onFind: () => void;
}

/** The pane on screen (one workspace at a time), for a toast's action that outlives the pane it
 *  came from: 标题与开头 opened, then a section again, is a new pane. */
const onScreen: { current: RefObject<{ section: Section; text: string }> | null } = { current: null };

export function SectionPane({ entry, actions, reviewBar, titleHit, editor, editorRevision, text, font, sectionChars, reportChars, marks, marksFor, onChange, onBlur, onSelectionChange, onFind }: Props) {
  const section = entry.node;
  const toast = useToast();
  // What the toasts' buttons act on when clicked: the section open then, and its text then.
  const latest = useRef({ section, text, actions });
  latest.current = { section, text, actions };
  onScreen.current = latest;
  useEffect(() => {
    onScreen.current = latest;
    return () => {
      if (onScreen.current === latest) onScreen.current = null;
    };
  }, []);
  // A pasted report's 「一、」「（一）」 parts become sections; the text before them stays here.
  const splitPaste = useCallback(
    (sectionId: number) => {
      const { section: s, text: before, actions: act } = latest.current;
      const split = s.id === sectionId ? splitPastedReport(before) : null;
      if (!split) {
        toast({ kind: 'error', text: '本节已不是粘贴时的内容，没有拆分。' });
        return;
      }
      act.addPastedParts(s, split, (created) => {
        const cut = before[split.start - 1] === '\n' ? split.start - 1 : split.start;
        editor.current?.replaceRanges([{ start: cut, end: before.length, replacement: '' }]);
        // The parts go back after the text as it is now: what was typed since the split stays.
        // In the editor (undoable) when the section is open there; else into its text as read back
        // (another section, or 标题与开头, is open).
        const putBack = () =>
          act.removeAdded(created, (fresh) => {
            const tail = before.slice(cut);
            const open = onScreen.current?.current;
            if (open?.section.id === s.id && editor.current) {
              // The editor's own text: the page's copy may not have the last keystroke yet.
              const end = editor.current.text().length;
              editor.current.replaceRanges([{ start: end, end, replacement: tail }]);
              return;
            }
            const body = fresh.sections.find((x) => x.id === s.id)?.body;
            if (body === undefined) return;
            act.setText(s.id, body + tail);
            editor.current?.forget([s.id]);
          });
        toast({ kind: 'info', text: `已拆分为 ${created.length} 个章节`, action: { label: '撤销', run: putBack } });
      });
    },
    [toast, editor],
  );
  // A paste from a web page loses its debris lines; one click (or Ctrl+Z) brings them back.
  const extensions = useMemo(
    () => [
      pasteCleaner(
        (dropped, restore) => toast({ kind: 'info', text: `已去掉粘贴内容中的网页杂项 ${dropped.length} 行`, action: { label: '撤销', run: restore } }),
        (headings) => {
          const id = latest.current.section.id;
          toast({ kind: 'info', text: `粘贴的内容中有 ${headings} 个「一、」「（一）」小标题`, action: { label: '拆分为章节', run: () => splitPaste(id) } });
        },
      ),
    ],
    [toast, splitPaste],
  );
  // The header's callbacks keep their identity and act on the section as it is now.
  const header = {
    section: useSectionShape(section),
    onRename: useStableCallback((title: string) => actions.rename(section, title)),
    onStatus: useStableCallback((status: Section['status']) => actions.setStatus(section, status)),
    onNotApplicable: useStableCallback((reason: string | null) => actions.setNotApplicable(section, reason)),
    onAddSibling: useStableCallback(() => actions.addSibling(section)),
    onAddChild: useStableCallback(() => actions.addChild(section)),
    onMove: useStableCallback((direction: 'up' | 'down') => actions.move(section, direction)),
    onDelete: useStableCallback(() => actions.remove(section)),
    onTitleFocused: useStableCallback(actions.clearAdded),
  };
  return (
    <>
      <SectionHeader
        // A fresh header per section (its title state starts from that section's title); the
        // prefix keeps the key apart from the review bar's, a sibling keyed by the section id.
        key={`header:${section.id}`}
        {...header}
        prefix={entry.prefix}
        titleHit={titleHit}
        focusTitle={actions.added === section.id}
      />
      {reviewBar}
      <SectionEditor
        ref={editor}
        sectionId={section.id}
        revision={editorRevision}
        text={text}
        fontSize={font.fontSize}
        placeholderText="在此输入本节正文。每段一行；小标题如「1.」「（1）」直接写在段首。"
        marks={marks}
        marksFor={marksFor}
        extensions={extensions}
        onChange={onChange}
        onBlur={onBlur}
        onSelectionChange={onSelectionChange}
      />
      <div className="editor-footer muted">
        <span data-testid="section-chars">本节 {formatCount(sectionChars)} 字</span>
        <span data-testid="report-chars">全文 {formatCount(reportChars)} 字</span>
        <span className="spacer" />
        <button type="button" className="footer-find" onClick={onFind} title="在本节或全文中查找、替换（Ctrl+F 查找，Ctrl+H 替换）">
          查找替换
        </button>
        <span className="font-size" role="group" aria-label="正文字号">
          字号 {font.fontSize}
          <button type="button" onClick={font.smaller} disabled={font.fontSize <= FONT_MIN} aria-label="正文字号减小" title="正文字号减小（Ctrl+[）">
            A−
          </button>
          <button type="button" onClick={font.larger} disabled={font.fontSize >= FONT_MAX} aria-label="正文字号增大" title="正文字号增大（Ctrl+]）">
            A+
          </button>
        </span>
      </div>
    </>
  );
}
