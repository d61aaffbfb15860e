// Highlights in the section editor: check findings and the years/figures to review after copying
// last year's report. The parent computes them from the current text and pushes them in; they are
// mapped through edits until the next push so they never point at the wrong characters.
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export type MarkKind = 'error' | 'warning' | 'info' | 'review' | 'find' | 'focus';

export interface EditorMark {
  from: number;
  to: number;
  kind: MarkKind;
  title?: string;
}

export const setMarks = StateEffect.define<EditorMark[]>();

/**
 * No marks, as one array: a source with nothing to show hands back this same one, so a keystroke
 * that changes nothing it shows does not push the marks again (a push rebuilds them all, and puts
 * the 审校 marks back where the last checked text had them instead of mapping them through edits).
 */
export const NO_MARKS: never[] = Object.freeze([]) as never[];

function build(marks: EditorMark[], docLength: number): DecorationSet {
  const ranges = marks
    .filter((m) => m.from >= 0 && m.to <= docLength && m.from < m.to)
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((m) =>
      Decoration.mark({
        class: `mark mark-${m.kind}`,
        attributes: m.title ? { title: m.title, 'data-mark': m.kind } : { 'data-mark': m.kind },
      }).range(m.from, m.to),
    );
  return Decoration.set(ranges, true);
}

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) next = build(e.value, tr.state.doc.length);
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// Only box-shadow, borders and outlines: Chromium copies background and text-decoration of text
// typed over a selection into an inline style attribute, which the page's CSP (rightly) blocks.
const marksTheme = EditorView.theme({
  '.mark-error': { borderBottom: '2px solid #c62828', boxShadow: 'inset 0 -1.2em 0 #fdecea' },
  '.mark-warning': { borderBottom: '2px dotted #b26a00', boxShadow: 'inset 0 -1.2em 0 #fff4dd' },
  '.mark-info': { borderBottom: '1px dashed #1a5fb4' },
  '.mark-review': { boxShadow: 'inset 0 -1.2em 0 #fff1a8', borderRadius: '2px' },
  '.mark-find': { boxShadow: 'inset 0 -1.2em 0 #e3ecfa', outline: '1px solid #9db8e6', borderRadius: '2px' },
  '.mark-focus': { boxShadow: 'inset 0 -1.2em 0 #ffd54f', outline: '2px solid #ff8f00', borderRadius: '2px' },
});

export const marksExtension: Extension = [marksField, marksTheme];
