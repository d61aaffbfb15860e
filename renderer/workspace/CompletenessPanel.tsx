// 「完整性」: what the report still lacks against its template — required sections empty or too
// short, key points not ticked. Each entry opens its section.
import type { CompletenessItem } from '../../shared/templates/completeness';

interface Props {
  items: CompletenessItem[] | null;
  onOpen: (sectionId: number) => void;
}

const KIND_LABEL: Record<CompletenessItem['kind'], string> = {
  missing: '缺少',
  empty: '未填写',
  short: '偏短',
  point: '要点未核对',
};

export function CompletenessPanel({ items, onOpen }: Props) {
  if (items === null) return <p className="muted">这份报告没有使用模板，无法核对完整性。</p>;
  if (items.length === 0) return <p className="ok-text">必填部分都已填写，要点都已核对。</p>;
  const sections = items.filter((i) => i.kind !== 'point');
  const points = items.filter((i) => i.kind === 'point');
  const row = (item: CompletenessItem, key: number) => (
    <li key={key}>
      {item.sectionId === null ? (
        <span>
          <span className="tag">{KIND_LABEL[item.kind]}</span> {item.message}
        </span>
      ) : (
        <button type="button" className="link" onClick={() => onOpen(item.sectionId as number)}>
          <span className="tag">{KIND_LABEL[item.kind]}</span> {item.message}
        </button>
      )}
    </li>
  );
  return (
    <div className="completeness">
      {sections.length > 0 && (
        <section>
          <h3>必填部分（{sections.length}）</h3>
          <ul>{sections.map(row)}</ul>
        </section>
      )}
      {points.length > 0 && (
        <section>
          <h3>未核对的要点（{points.length}）</h3>
          <ul>{points.map(row)}</ul>
        </section>
      )}
    </div>
  );
}
