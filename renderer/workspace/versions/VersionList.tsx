// The versions of a report, newest first: name, what made it, date and time to the second, 字数
// and its change. 「当前内容」 heads the list.
import { VERSION_KIND_LABEL, type VersionInfo } from '../../../shared/versions/content';
import { formatDateTime, formatDelta } from '../../format';

interface Props {
  versions: VersionInfo[];
  currentChars: number;
  selected: number | null;
  onSelect: (id: number) => void;
}

export function VersionList({ versions, currentChars, selected, onSelect }: Props) {
  return (
    <ul className="version-list" aria-label="版本列表">
      <li className="version-current">
        <strong>当前内容</strong>
        <span className="muted small">{currentChars} 字</span>
      </li>
      {versions.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className={v.id === selected ? 'version-item selected' : 'version-item'}
            aria-pressed={v.id === selected}
            onClick={() => onSelect(v.id)}
          >
            <span className="version-name">
              {v.label || VERSION_KIND_LABEL[v.kind]}
              {v.label && v.kind !== 'manual' && <span className="tag">{VERSION_KIND_LABEL[v.kind]}</span>}
            </span>
            <span className="muted small">{formatDateTime(v.createdAt, { seconds: true })}</span>
            <span className="muted small">
              {v.chars} 字{v.charDelta !== null && <span className={v.charDelta < 0 ? 'delta-minus' : 'delta-plus'}>（{formatDelta(v.charDelta)}）</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
