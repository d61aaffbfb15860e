// The hits of a library search: year, unit and section of each, and the passage with the query
// marked. A click opens that report at that section.
import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/types';
import { highlightPieces } from './highlight';
import { SEARCH_LIMIT, type SearchState } from './useReportSearch';

interface Props {
  state: SearchState;
  onOpen: (hit: SearchHit) => void;
  onClear: () => void;
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightPieces(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

/** Up/Down move between hits, as in a list. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('.search-hit'));
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = items[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

export function SearchResults({ state, onOpen, onClear }: Props) {
  if (state.phase === 'idle') return null;
  const header = (text: string) => (
    <div className="search-header">
      <span>{text}</span>
      <button type="button" onClick={onClear}>
        返回报告列表
      </button>
    </div>
  );
  if (state.phase === 'searching') return <section className="search-results">{header(`正在搜索「${state.query}」…`)}</section>;
  if (state.phase === 'error') {
    return (
      <section className="search-results">
        {header(`搜索「${state.query}」没有完成`)}
        <p className="form-error" role="alert">
          {state.message}
        </p>
      </section>
    );
  }
  const { hits, query } = state;
  const reportCount = new Set(hits.map((h) => h.reportId)).size;
  return (
    <section className="search-results" aria-label="搜索结果">
      {header(
        hits.length === 0
          ? `没有找到包含「${query}」的内容`
          : `「${query}」：在 ${reportCount} 份报告中找到 ${hits.length} 处${hits.length >= SEARCH_LIMIT ? `（只列出前 ${SEARCH_LIMIT} 处，可输入更具体的词）` : ''}`,
      )}
      {hits.length === 0 ? (
        <p className="muted">可以换一个更短的词，或检查是否有错别字。搜索范围是所有单位、所有年度报告的正文和小标题。</p>
      ) : (
        <ol className="search-list" onKeyDown={moveFocus}>
          {hits.map((h) => (
            <li key={h.sectionId}>
              <button type="button" className="search-hit" onClick={() => onOpen(h)}>
                <span className="search-hit-where">
                  <span className="report-year">{h.year}年度</span>
                  <span className="muted">{h.unitName}</span>
                  <span className="search-hit-title">
                    <Marked text={h.sectionTitle} query={query} />
                  </span>
                </span>
                <span className="search-hit-snippet">
                  <Marked text={h.snippet} query={query} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
