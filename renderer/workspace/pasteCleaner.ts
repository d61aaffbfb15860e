// Text pasted into a section from a web page brings the page with it (「您访问的链接即将离开…」
// 「继续访问 放弃」, 【打印】【关闭】, 发布时间 rows). The paste goes in as it was; then the same cleaner
// an import uses takes the debris lines out in a step of its own, so one undo (Ctrl+Z) brings
// the paste back exactly as it came. A paste that holds several 「一、」「（一）」 headings (a whole
// report, or parts of one) is told to the caller, which offers to split it into sections.
import { isolateHistory, undo } from '@codemirror/commands';
import { Transaction, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { splitPastedReport } from '../../shared/import/pasteSplit';
import { cleanPastedText } from '../../shared/import/webDebris';

/** What the cleaner took out of one paste, for the notice; `restore` puts the paste back as it came. */
export type PasteCleaned = (dropped: readonly string[], restore: () => void) => void;

export function pasteCleaner(onCleaned: PasteCleaned, onHeadings: (headings: number) => void): Extension {
  return EditorView.updateListener.of((update) => {
    for (const tr of update.transactions) {
      if (!tr.isUserEvent('input.paste')) continue;
      const changes: Array<{ from: number; to: number; insert: string }> = [];
      const dropped: string[] = [];
      let headings = 0;
      tr.changes.iterChanges((_fromA, _toA, fromB, toB, inserted) => {
        const cleaned = cleanPastedText(inserted.toString());
        headings += splitPastedReport(cleaned.text)?.headings ?? 0;
        if (cleaned.dropped.length === 0) return;
        changes.push({ from: fromB, to: toB, insert: cleaned.text });
        for (const line of cleaned.dropped) dropped.push(line);
      });
      if (headings > 0) queueMicrotask(() => onHeadings(headings));
      if (changes.length === 0) continue;
      const view = update.view;
      // Not inside the update that is being applied: the next task, as a separate undo step.
      queueMicrotask(() =>
        view.dispatch({
          changes,
          annotations: [Transaction.userEvent.of('input.paste.clean'), isolateHistory.of('full')],
        }),
      );
      onCleaned(dropped, () => undo(view));
    }
  });
}
