// Above the editor of a 待核对 section: how many highlighted places are left, a way through them
// from the cursor (上一处 / 下一处), 「这处不用改」 for the one under the cursor, and 「核对完成」,
// which asks whether the section is finished (已完成) or still being written (编写中).
import { useState } from 'react';
import { useReadOnly } from '../../components/ReadOnly';
import type { ReviewEditorMark } from './reviewMarks';

interface Props {
  /** Where the text came from: last year's report, or an imported file. */
  origin: string;
  marks: readonly ReviewEditorMark[];
  /** The mark under the cursor. */
  current: ReviewEditorMark | undefined;
  onStep: (direction: 1 | -1) => void;
  onDismiss: (mark: ReviewEditorMark) => void;
  /** Ends the review: 'done' (已完成) or 'draft' (编写中). */
  onConfirm: (status: 'done' | 'draft') => void;
}

export function ReviewBar({ origin, marks, current, onStep, onDismiss, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  // Both are stored with the report; 上一处/下一处 only move the cursor and stay on.
  const readOnly = useReadOnly();
  const explain = `本节文字${origin}。高亮的年份、时间词和数字请逐一核对，改为本年度的情况；确实不用改的，点「这处不用改」。`;
  if (asking) {
    return (
      <div className="review-bar" role="status" aria-label="待核对">
        <span className="review-text">
          <strong>核对完成</strong>：本节已经写完了吗？
        </span>
        <span className="review-actions">
          <button type="button" className="primary" onClick={() => onConfirm('done')} title="状态改为「已完成」">
            已写完
          </button>
          <button type="button" onClick={() => onConfirm('draft')} title="状态改为「编写中」，以后再接着写">
            还要修改
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            取消
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="review-bar" role="status" aria-label="待核对">
      <span className="review-text" title={explain}>
        <strong>待核对</strong>：{origin}，
        {marks.length > 0 ? (
          <>
            还有 <b data-testid="review-left">{marks.length}</b> 处高亮要核对
          </>
        ) : (
          '没有需要特别核对的年份和数字，请通读一遍'
        )}
      </span>
      <span className="review-actions">
        {marks.length > 0 && (
          <>
            <button type="button" onClick={() => onStep(-1)} title="从光标处往前，选中上一处高亮">
              上一处
            </button>
            <button type="button" onClick={() => onStep(1)} title="从光标处往后，选中下一处高亮">
              下一处
            </button>
            <button
              type="button"
              onClick={() => current && onDismiss(current)}
              disabled={!current || readOnly}
              title={current ? '这一处确实不用改：去掉它的高亮' : '先用「下一处」或鼠标选中一处高亮'}
            >
              这处不用改
            </button>
          </>
        )}
        <button type="button" className="primary" disabled={readOnly} onClick={() => setAsking(true)} title="本节已核对完毕：去掉高亮，并标明是否已写完">
          核对完成
        </button>
      </span>
    </div>
  );
}
