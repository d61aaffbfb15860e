// The outline on the left: 「标题与开头」, the sections with numbering rendered from the tree
// (一、（一）1.（1）) and each one's state, 「结尾与落款」, and the report's 「已完成 x/y」.
import { memo, type ReactNode } from 'react';
import { numberOutline } from '../../shared/gongwen/sectionOrder';
import { SECTION_STATUS_LABEL } from '../../shared/types';
import type { OutlineSection } from './useOutlineShape';

export type Selection = { kind: 'section'; id: number } | { kind: 'head' } | { kind: 'tail' };

interface Props {
  sections: readonly OutlineSection[];
  selection: Selection;
  onSelect: (s: Selection) => void;
  /** Below the list (「最近删除」). */
  footer?: ReactNode;
}

// Memoised: a keystroke changes none of what it shows (useOutlineShape).
export const OutlinePanel = memo(function OutlinePanel({ sections, selection, onSelect, footer }: Props) {
  const rows = numberOutline(sections);
  const done = sections.filter((s) => s.status === 'done').length;
  const isSel = (s: Selection) =>
    s.kind === selection.kind && (s.kind !== 'section' || (selection.kind === 'section' && s.id === selection.id));
  const item = (s: Selection, label: string, extra?: ReactNode, depth = 0) => (
    <button
      type="button"
      className={`outline-item${isSel(s) ? ' selected' : ''}`}
      style={{ paddingLeft: `${0.6 + depth * 1.1}em` }}
      aria-current={isSel(s) ? 'true' : undefined}
      onClick={() => onSelect(s)}
    >
      <span className="outline-title">{label}</span>
      {extra}
    </button>
  );
  return (
    <nav className="outline" aria-label="报告提纲">
      <div className="outline-progress" data-testid="progress">
        已完成 {done}/{sections.length}
      </div>
      <ol>
        <li className="outline-meta">{item({ kind: 'head' }, '标题与开头')}</li>
        {rows.map(({ node, prefix, depth }) => (
          <li key={node.id}>
            {item(
              { kind: 'section', id: node.id },
              `${prefix}${node.title}`,
              <span className={`status status-${node.notApplicable ? 'na' : node.status}`}>
                {node.notApplicable ? '无此项' : SECTION_STATUS_LABEL[node.status]}
              </span>,
              depth,
            )}
          </li>
        ))}
        <li className="outline-meta">{item({ kind: 'tail' }, '结尾与落款')}</li>
      </ol>
      {footer}
    </nav>
  );
});
