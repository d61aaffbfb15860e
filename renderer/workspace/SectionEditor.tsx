// The section text editor: CodeMirror 6 over plain text (one paragraph per line), with its own
// undo history per section for the whole session, soft wrapping and large readable type.
// It lives in a shadow root so CodeMirror's styles go into a constructed stylesheet: the page's
// CSP allows no inline <style> elements.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Compartment, EditorState, type Extension, type Text } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useReadOnly } from '../components/ReadOnly';
import { marksExtension, setMarks, type EditorMark } from './editorMarks';

/** Whether the text can be changed: one compartment, so a medium turning read-only (or writable
 *  again) while the app runs switches the open editor without rebuilding it. */
const editing = new Compartment();
const editable = (readOnly: boolean): Extension => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];

const editorTheme = EditorView.theme({
  '&': { height: '100%', fontSize: 'var(--editor-font-size, 19px)', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '2px solid #c9d9f2' },
  '.cm-scroller': { fontFamily: 'var(--doc-font)', lineHeight: '1.9', padding: '0.6rem 0.4rem' },
  '.cm-content': { maxWidth: '46em', margin: '0 auto' },
  // First-line indent of two characters, as the exported document has it.
  '.cm-line': { textIndent: '2em' },
});

interface Props {
  sectionId: number;
  /** Changes when the text was replaced from outside (restore, insert): the editor reloads it. */
  revision: number;
  text: string;
  fontSize: number;
  placeholderText: string;
  /** `typed`: the change came from the keyboard (typing, an IME, deleting), not from a command. */
  onChange: (text: string, typed: boolean) => void;
  onBlur: () => void;
  /** The selection moved (or the text changed under it). */
  onSelectionChange?: (from: number, to: number) => void;
  /** Highlights (findings, years to review), recomputed by the parent from the text. */
  marks?: EditorMark[];
  /** The text the marks were placed on: while the editor holds newer typing, a push would put
   *  them on the wrong characters, and the editor keeps mapping the ones it has instead. */
  marksFor?: string;
  /** Extra extensions. */
  extensions?: Extension[];
  ref?: Ref<SectionEditorHandle>;
}

export interface SectionEditorHandle {
  /** Inserts text as its own paragraph after the paragraph holding the cursor. */
  insertParagraph(text: string): void;
  /** Selects a range, scrolls it into view and focuses the editor. */
  select(from: number, to: number): void;
  /** Scrolls a range into view and puts the cursor at it, leaving the focus where it is (find). */
  reveal(from: number, to: number): void;
  focus(): void;
  /** The current selection (from === to: the cursor). */
  selection(): { from: number; to: number };
  /** The selected text ('' for a cursor). */
  selectedText(): string;
  /** The text as it is in the editor now (the page's copy may be a keystroke behind). */
  text(): string;
  /** Replaces ranges of the open text in one undoable step (a 审校 fix); edits that overlap an
   *  earlier one or fall outside the text are skipped. Returns whether anything changed. */
  replaceRanges(edits: ReadonlyArray<{ start: number; end: number; replacement: string }>): boolean;
  /** Drops the remembered editor state (and undo history) of sections whose text was replaced
   *  from outside, so they show the new text when next opened. */
  forget(sectionIds: readonly number[]): void;
}

const sameText = (doc: Text, text: string) => doc.length === text.length && doc.toString() === text;

export function SectionEditor(props: Props) {
  const { sectionId, revision, text, fontSize, placeholderText, onChange, onBlur, onSelectionChange, marks, marksFor, extensions, ref } = props;
  // Known before the first section is shown (the app waits for its status): a read-only data folder.
  const readOnly = useReadOnly();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const states = useRef(new Map<string, EditorState>());
  const callbacks = useRef({ onChange, onBlur, onSelectionChange });
  callbacks.current = { onChange, onBlur, onSelectionChange };
  const marksBase = useRef(marksFor);
  marksBase.current = marksFor;

  useEffect(() => {
    if (!host.current) return;
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    container.style.height = '100%';
    shadow.replaceChildren(container);
    const v = new EditorView({ parent: container, root: shadow });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const cache = states.current;
    const key = `${sectionId}:${revision}`;
    const saved = cache.get(key);
    const state =
      saved ??
      EditorState.create({
        doc: text,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          editorTheme,
          marksExtension,
          placeholder(placeholderText),
          EditorView.contentAttributes.of({ 'aria-label': '章节正文', spellcheck: 'false', lang: 'zh-CN' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString(), u.transactions.some((tr) => tr.isUserEvent('input.type') || tr.isUserEvent('delete')));
            if (u.docChanged || u.selectionSet) {
              const { from, to } = u.state.selection.main;
              callbacks.current.onSelectionChange?.(from, to);
            }
          }),
          EditorView.domEventHandlers({
            blur: () => {
              callbacks.current.onBlur();
              return false;
            },
          }),
          editing.of(editable(readOnly)),
          ...(extensions ?? []),
        ],
      });
    v.setState(state);
    return () => {
      cache.set(key, v.state);
    };
    // The text is read only when a section (or a revision of it) is first shown; later changes
    // come from the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only on section/revision change
  }, [sectionId, revision]);

  // The data's medium can turn read-only (or writable again) while a section is open; a section
  // state kept from before carries the old setting.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.readOnly !== readOnly) v.dispatch({ effects: editing.reconfigure(editable(readOnly)) });
  }, [readOnly, sectionId, revision]);

  useEffect(() => {
    const v = view.current;
    const base = marksBase.current;
    if (!v || (base !== undefined && !sameText(v.state.doc, base))) return;
    v.dispatch({ effects: setMarks.of(marks ?? []) });
  }, [marks, sectionId, revision]);

  useImperativeHandle(
    ref,
    () => ({
      insertParagraph(insert: string) {
        const v = view.current;
        if (!v) return;
        const line = v.state.doc.lineAt(v.state.selection.main.head);
        const empty = v.state.doc.length === 0;
        const at = empty ? 0 : line.to;
        const content = empty ? insert : `\n${insert}`;
        v.dispatch({ changes: { from: at, insert: content }, selection: { anchor: at + content.length }, scrollIntoView: true });
        v.focus();
      },
      select(from: number, to: number) {
        const v = view.current;
        if (!v) return;
        const len = v.state.doc.length;
        const a = Math.min(from, len);
        const b = Math.min(to, len);
        v.dispatch({ selection: { anchor: a, head: b }, effects: EditorView.scrollIntoView(a, { y: 'center' }) });
        v.focus();
      },
      reveal(from: number, to: number) {
        const v = view.current;
        if (!v) return;
        const len = v.state.doc.length;
        v.dispatch({ selection: { anchor: Math.min(from, len), head: Math.min(to, len) }, effects: EditorView.scrollIntoView(Math.min(from, len), { y: 'center' }) });
      },
      focus() {
        view.current?.focus();
      },
      selectedText() {
        const v = view.current;
        if (!v) return '';
        const { from, to } = v.state.selection.main;
        return v.state.sliceDoc(from, to);
      },
      text() {
        return view.current?.state.doc.toString() ?? '';
      },
      selection() {
        const main = view.current?.state.selection.main;
        return { from: main?.from ?? 0, to: main?.to ?? 0 };
      },
      replaceRanges(edits) {
        const v = view.current;
        if (!v) return false;
        const len = v.state.doc.length;
        const changes: Array<{ from: number; to: number; insert: string }> = [];
        let limit = 0;
        for (const e of [...edits].sort((x, y) => x.start - y.start || x.end - y.end)) {
          if (e.start < limit || e.end < e.start || e.end > len) continue;
          changes.push({ from: e.start, to: e.end, insert: e.replacement });
          limit = e.end;
        }
        if (changes.length === 0) return false;
        v.dispatch({ changes, userEvent: 'input.fix' });
        return true;
      },
      forget(sectionIds) {
        const ids = new Set(sectionIds.map(String));
        for (const key of [...states.current.keys()]) if (ids.has(key.split(':')[0]!)) states.current.delete(key);
      },
    }),
    [],
  );

  return <div className="editor" ref={host} style={{ ['--editor-font-size' as string]: `calc(${fontSize}px * var(--ui-zoom, 1))` }} />;
}
