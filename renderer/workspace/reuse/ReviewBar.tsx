// Above the editor of a 待核对 section: what is highlighted and why, a way through the marks one
// by one, and 「核对完成」, which ends the highlighting for this section.
import { useState } from 'react';
import type { EditorMark } from '../editorMarks';

interface Props {
  /** Where the text came from: last year's report, or an imported file. */
  origin: string;
  marks: readonly EditorMark[];
  onGoto: (mark: EditorMark) => void;
  onConfirm: () => void;
}

export function ReviewBar({ origin, marks, onGoto, onConfirm }: Props) {
  const [next, setNext] = useState(0);
  return (
    <div className="review-bar" role="status" aria-label="待核对">
      <span className="review-text">
        <strong>待核对</strong>：本节文字{origin}。
        {marks.length > 0
          ? `高亮的 ${marks.length} 处年份、时间词和数字请逐一核对，改为本年度的情况。`
          : '没有需要特别核对的年份和数字，请通读一遍。'}
      </span>
      {marks.length > 0 && (
        <button
          type="button"
          onClick={() => {
            const k = next % marks.length;
            onGoto(marks[k]!);
            setNext(k + 1);
          }}
          title="依次选中下一处高亮"
        >
          下一处
        </button>
      )}
      <button type="button" className="primary" onClick={onConfirm} title="本节已核对完毕：去掉高亮，状态改为「编写中」">
        核对完成
      </button>
    </div>
  );
}
