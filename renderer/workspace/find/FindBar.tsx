// The find bar above the open section (Ctrl+F; with the replace row, Ctrl+H): the query, where to
// look (本节 / 全文), 「第 3/12 处」 and where that is, 上一处 / 下一处, 替换 and 全部替换.
// Enter goes to the next match (Shift+Enter the previous), Enter in 替换为 replaces, Esc closes.
import { useEffect, useRef } from 'react';
import type { FindReplace } from './useFindReplace';

interface Props {
  find: FindReplace;
  /** Bumps on every Ctrl+F / Ctrl+H: the query box takes the focus again. */
  focusKey: number;
  /** Where the current match is: the section as the outline names it, and which of its texts. */
  placeName: string | null;
}

export function FindBar({ find, focusKey, placeName }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);
  /** Esc closes; Enter (not the one that ends an IME composition) runs `onEnter`. */
  const keys = (onEnter: (e: React.KeyboardEvent) => void) => (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      find.close();
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onEnter(e);
    }
  };
  const m = find.currentMatch;
  const status =
    find.query === ''
      ? ''
      : find.count === 0
        ? '没有找到'
        : find.position >= 0
          ? `第 ${find.position + 1}/${find.count} 处`
          : `共 ${find.count} 处`;
  return (
    <div className="find-bar" role="search" aria-label="查找和替换">
      <div className="find-row">
        <input
          ref={input}
          type="search"
          aria-label="查找内容"
          placeholder="查找（Enter 下一处）"
          value={find.query}
          maxLength={200}
          onChange={(e) => find.setQuery(e.target.value)}
          onKeyDown={keys((e) => (e.shiftKey ? find.previous() : find.next()))}
        />
        <span className="find-scope" role="radiogroup" aria-label="查找范围">
          {(['section', 'report'] as const).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={find.scope === s} className={find.scope === s ? 'active' : ''} onClick={() => find.setScope(s)}>
              {s === 'section' ? '本节' : '全文'}
            </button>
          ))}
        </span>
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {status}
          {m && placeName && <span className="muted"> · {placeName}</span>}
        </span>
        <button type="button" onClick={find.previous} disabled={find.count === 0} title="上一处（Shift+Enter）">
          上一处
        </button>
        <button type="button" onClick={find.next} disabled={find.count === 0} title="下一处（Enter）">
          下一处
        </button>
        <button type="button" className="find-close" aria-label="关闭查找" title="关闭（Esc）" onClick={find.close}>
          ×
        </button>
      </div>
      {find.mode === 'replace' && (
        <div className="find-row">
          <input
            aria-label="替换为"
            placeholder="替换为（Enter 替换当前一处）"
            value={find.replacement}
            maxLength={200}
            onChange={(e) => find.setReplacement(e.target.value)}
            onKeyDown={keys(() => find.replaceOne())}
          />
          <button type="button" onClick={find.replaceOne} disabled={find.count === 0} title="替换当前一处，再到下一处（Enter）">
            替换
          </button>
          <button
            type="button"
            className="primary"
            onClick={find.replaceAll}
            disabled={find.count === 0 || find.busy}
            title={`把${find.scope === 'report' ? '全文' : '本节'}的每一处都替换；替换前先保存一个版本，可撤销`}
          >
            全部替换
          </button>
        </div>
      )}
    </div>
  );
}
