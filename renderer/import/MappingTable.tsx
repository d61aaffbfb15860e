// The import preview's table: each heading found in the file → the template section it will fill,
// with a select per row (any template section, 「作为本单位自定标题」 or 「不导入」).
import type { ImportPreview } from '../../shared/import/preview';
import { CUSTOM, DROP, targetGroups, type Choices } from './mapping';

interface Props {
  preview: ImportPreview;
  choices: Choices;
  dropped: ReadonlySet<number>;
  conflicting: ReadonlySet<number>;
  areaSetNames: ReadonlyMap<string, string>;
  onChange: (sourceIndex: number, choice: string) => void;
}

/** Below this the proposal is a guess worth a second look. */
const SURE_SCORE = 0.6;

export function MappingTable({ preview, choices, dropped, conflicting, areaSetNames, onChange }: Props) {
  return (
    <table className="import-mapping">
      <thead>
        <tr>
          <th scope="col">文件中的标题</th>
          <th scope="col" className="num">
            字数
          </th>
          <th scope="col">导入到</th>
        </tr>
      </thead>
      <tbody>
        {preview.entries.map((e) => {
          const choice = choices.get(e.sourceIndex) ?? CUSTOM;
          const byParent = dropped.has(e.sourceIndex) && choice !== DROP;
          const unsure = choice === e.targetKey && e.targetKey !== null && !e.targetKey.includes('#') && e.score < SURE_SCORE;
          const classes = [
            `level-${e.level}`,
            dropped.has(e.sourceIndex) ? 'dropped' : '',
            conflicting.has(e.sourceIndex) ? 'conflict' : '',
          ].filter(Boolean);
          return (
            <tr key={e.sourceIndex} className={classes.join(' ')} data-source={e.sourceIndex}>
              <td className="import-source">
                <span className="import-source-title">{e.sourceTitle}</span>
                {unsure && (
                  <span className="tag tag-warn" title="与模板标题相似度较低，请核对">
                    请核对
                  </span>
                )}
              </td>
              <td className="num muted">{e.chars}</td>
              <td>
                <select
                  aria-label={`「${e.sourceTitle}」导入到`}
                  value={byParent ? DROP : choice}
                  disabled={byParent}
                  title={byParent ? '上级标题已设为不导入' : undefined}
                  onChange={(ev) => onChange(e.sourceIndex, ev.target.value)}
                >
                  <option value={CUSTOM}>作为本单位自定标题</option>
                  <option value={DROP}>{byParent ? '不导入（随上级标题）' : '不导入'}</option>
                  {targetGroups(preview.targets, areaSetNames, e.targetKey).map((g) => (
                    <optgroup key={g.label} label={g.label}>
                      {g.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
