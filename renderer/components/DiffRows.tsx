// Two texts side by side, paragraph by paragraph, with what changed marked character by character:
// red on the left for what the right no longer has, green on the right for what is new. One look
// for every compare in the app (去年对照, 版本对照, 历史版本).
import { useState, type ReactNode } from 'react';
import type { CompareRow, Segment } from '../workspace/lastYear/compareText';

export function Marked({ segments, kind, title }: { segments: Segment[]; kind: 'del' | 'ins'; title?: string }) {
  return (
    <>
      {segments.map((s, i) =>
        !s.changed ? (
          <span key={i}>{s.text}</span>
        ) : kind === 'del' ? (
          <del key={i} className="diff-del" title={title}>
            {s.text}
          </del>
        ) : (
          <ins key={i} className="diff-ins" title={title}>
            {s.text}
          </ins>
        ),
      )}
    </>
  );
}

interface Props {
  rows: CompareRow[];
  /** Column headings: the older text, the newer one. */
  labels: [string, string];
  /** What an empty cell says: the older side lacks the paragraph, the newer one does. */
  missing: [string, string];
  /** Hover titles of the marks. */
  titles?: [string, string];
  /** Under each older paragraph (e.g. 「复制到本节」). */
  leftAction?: (paragraph: string) => ReactNode;
  ariaLabel?: string;
  /** Runs of unchanged paragraphs shrink to one line that opens them (long texts, few edits). */
  collapseSame?: boolean;
}

const isSame = (r: CompareRow) => r.left.every((s) => !s.changed) && r.right.every((s) => !s.changed);

/** Row indexes to show, and collapsed runs as [first, length]. */
function layout(rows: CompareRow[], collapse: boolean): Array<number | [number, number]> {
  const out: Array<number | [number, number]> = [];
  for (let i = 0; i < rows.length; i++) {
    if (!collapse || !isSame(rows[i]!)) {
      out.push(i);
      continue;
    }
    let j = i;
    while (j + 1 < rows.length && isSame(rows[j + 1]!)) j++;
    out.push([i, j - i + 1]);
    i = j;
  }
  return out;
}

export function DiffRows({ rows, labels, missing, titles, leftAction, ariaLabel = '逐段对照', collapseSame = false }: Props) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  /** One side of a row: 0 the older text (its marks deletions), 1 the newer (insertions). */
  const cell = (r: CompareRow, side: 0 | 1) => {
    const text = side === 0 ? r.previous : r.current;
    return (
      <div className={side === 0 ? 'compare-prev' : 'compare-cur'} role="cell">
        {text === null ? (
          <p className="muted small">{missing[side]}</p>
        ) : (
          <>
            <p>
              <Marked segments={side === 0 ? r.left : r.right} kind={side === 0 ? 'del' : 'ins'} {...(titles ? { title: titles[side] } : {})} />
            </p>
            {side === 0 && leftAction?.(text)}
          </>
        )}
      </div>
    );
  };
  const row = (r: CompareRow, i: number) => (
    <div className="compare-row" role="row" key={i} data-same={isSame(r)}>
      {cell(r, 0)}
      {cell(r, 1)}
    </div>
  );
  return (
    <div className="compare-grid" role="table" aria-label={ariaLabel}>
      <div className="compare-row compare-labels" role="row">
        <span role="columnheader">{labels[0]}</span>
        <span role="columnheader">{labels[1]}</span>
      </div>
      {layout(rows, collapseSame).map((item) => {
        if (typeof item === 'number') return row(rows[item]!, item);
        const [first, length] = item;
        if (opened.has(first)) return rows.slice(first, first + length).map((r, k) => row(r, first + k));
        return (
          <div className="compare-row compare-same" role="row" key={`same-${first}`}>
            <button type="button" className="compare-same-open" onClick={() => setOpened(new Set(opened).add(first))}>
              …… {length} 段没有改动（点击展开）
            </button>
          </div>
        );
      })}
    </div>
  );
}
