// 「完整性」: what the report still lacks against its template — the parts of the 规定 missing,
// empty or too short, key points not ticked — and, as guidance only, which areas of the year's
// 纲要 its headings and text cover. Each entry opens its section.
import type { CoverageList } from '../../shared/structure/coverage';
import type { CompletenessItem } from '../../shared/templates/completeness';
import { TaggedSectionRow } from './TaggedSectionRow';

interface Props {
  items: CompletenessItem[] | null;
  coverage: CoverageList | null;
  onOpen: (sectionId: number) => void;
}

const KIND_LABEL: Record<CompletenessItem['kind'], string> = {
  missing: '缺少',
  empty: '未填写',
  short: '偏短',
  point: '要点未核对',
};

const COVERED_LABEL = { heading: '有专门标题', text: '正文写到', none: '未写到' } as const;

function Coverage({ coverage, onOpen }: { coverage: CoverageList; onOpen: (id: number) => void }) {
  const written = coverage.areas.filter((a) => a.by !== 'none').length;
  return (
    <section className="coverage" aria-label="本报告写到了哪些方面">
      <h3>
        本报告写到了哪些方面（{written}/{coverage.areas.length}）
      </h3>
      <p className="muted small">对照{coverage.setName}，仅供参考：报告保留自己的标题，没写到的方面不算缺项。</p>
      <ul>
        {coverage.areas.map((a) => (
          <TaggedSectionRow key={a.key} className={a.by === 'none' ? 'muted' : undefined} tag={COVERED_LABEL[a.by]} text={a.title} sectionId={a.sectionId} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

export function CompletenessPanel({ items, coverage, onOpen }: Props) {
  if (items === null) return <p className="muted">这份报告没有使用模板，无法核对完整性。</p>;
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
      {items.length === 0 && <p className="ok-text">必填部分都已填写，要点都已核对。</p>}
      {sections.length > 0 && (
        <section>
          <h3>必填部分（{sections.length}）</h3>
          <ul>{sections.map(row)}</ul>
        </section>
      )}
      {coverage && <Coverage coverage={coverage} onOpen={onOpen} />}
      {points.length > 0 && (
        <section>
          <h3>未核对的要点（{points.length}）</h3>
          <ul>{points.map(row)}</ul>
        </section>
      )}
    </div>
  );
}
