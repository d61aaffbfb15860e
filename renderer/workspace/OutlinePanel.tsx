// The outline on the left: numbering rendered from the tree (一、（一）1.（1）), each section's
// state, and the report's 「已完成 x/y」.
import { numberOutline } from '../../shared/outline/numbering';
import { SECTION_STATUS_LABEL, type Section } from '../../shared/types';

interface Props {
  sections: Section[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export function OutlinePanel({ sections, selectedId, onSelect }: Props) {
  const rows = numberOutline(sections);
  const done = sections.filter((s) => s.status === 'done').length;
  return (
    <nav className="outline" aria-label="报告提纲">
      <div className="outline-progress" data-testid="progress">
        已完成 {done}/{sections.length}
      </div>
      <ol>
        {rows.map(({ node, prefix, depth }) => (
          <li key={node.id}>
            <button
              type="button"
              className={`outline-item${node.id === selectedId ? ' selected' : ''}`}
              style={{ paddingLeft: `${0.6 + depth * 1.1}em` }}
              aria-current={node.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(node.id)}
            >
              <span className="outline-title">
                {prefix}
                {node.title}
              </span>
              <span className={`status status-${node.notApplicable ? 'na' : node.status}`}>
                {node.notApplicable ? '无此项' : SECTION_STATUS_LABEL[node.status]}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
