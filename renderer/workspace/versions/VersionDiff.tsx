// What differs between two states of the report, section by section: added, removed, moved,
// retitled and rewritten sections (with the 去年对照 character marks inside), and changes to the
// title, 主送, opening and 落款. Optionally 「恢复本节」 on each section the older state has.
import { useState } from 'react';
import { isChanged, type SectionChange, type VersionDiff as Diff } from '../../../shared/versions/compare';
import { DiffRows } from '../../components/DiffRows';
import { compareBodies } from '../lastYear/compareText';

interface Props {
  diff: Diff;
  labels: [string, string];
  /** Set when the older side is a version and the newer is the current text. */
  onRestoreSection?: ((sectionId: number) => void) | undefined;
}

function tags(c: SectionChange): string[] {
  const out: string[] = [];
  if (c.added) out.push('新增');
  if (c.removed) out.push('删除');
  if (c.moved) out.push('移动');
  if (c.retitled) out.push('改标题');
  if (c.textChanged) out.push('改正文');
  return out;
}

const changeKind = (c: SectionChange) => (c.added ? 'added' : c.removed ? 'removed' : c.moved ? 'moved' : c.retitled || c.textChanged ? 'changed' : 'same');

function SectionRow({ c, labels, onRestore }: { c: SectionChange; labels: [string, string]; onRestore?: (() => void) | undefined }) {
  const [open, setOpen] = useState(isChanged(c));
  const title = c.after?.title ?? c.before?.title ?? '';
  const prefix = c.after ? c.prefixAfter : c.prefixBefore;
  const textShown = c.added || c.removed || c.textChanged;
  return (
    <li className="version-diff-section" data-change={changeKind(c)} aria-label={`${prefix}${title}`}>
      <div className="version-diff-head">
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {prefix}
          {title}
        </button>
        {tags(c).map((t) => (
          <span key={t} className={`tag tag-${t === '删除' ? 'del' : t === '新增' ? 'ins' : 'chg'}`}>
            {t}
          </span>
        ))}
        {onRestore && c.before && isChanged(c) && (
          <button type="button" className="version-restore-one" onClick={onRestore} title="只把这一节恢复为左侧版本的内容">
            恢复本节
          </button>
        )}
      </div>
      {open && (
        <div className="version-diff-body">
          {c.retitled && (
            <p className="small">
              标题：<del className="diff-del">{c.before!.title}</del> → <ins className="diff-ins">{c.after!.title}</ins>
            </p>
          )}
          {c.moved && (
            <p className="small muted">
              位置：{c.prefixBefore} → {c.prefixAfter}
            </p>
          )}
          {c.before && c.after && c.before.notApplicable !== c.after.notApplicable && (
            <p className="small">
              「无此项」说明：{c.before.notApplicable ?? '（无）'} → {c.after.notApplicable ?? '（无）'}
            </p>
          )}
          {textShown ? (
            <DiffRows
              rows={compareBodies(c.before?.body ?? '', c.after?.body ?? '')}
              collapseSame
              labels={labels}
              missing={['（无此段）', '（无此段）']}
            />
          ) : (
            !c.retitled && !c.moved && <p className="muted small">没有改动。</p>
          )}
        </div>
      )}
    </li>
  );
}

export function VersionDiff({ diff, labels, onRestoreSection }: Props) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const { counts } = diff;
  const shown = onlyChanged ? diff.sections.filter(isChanged) : diff.sections;
  const nothing = diff.head.length === 0 && counts.added + counts.removed + counts.moved + counts.changed === 0;
  return (
    <div className="version-diff">
      <p className="version-diff-summary" role="status">
        {nothing
          ? '两边内容相同。'
          : [
              counts.changed && `修改 ${counts.changed} 节`,
              counts.added && `新增 ${counts.added} 节`,
              counts.removed && `删除 ${counts.removed} 节`,
              counts.moved && `移动 ${counts.moved} 节`,
              diff.head.length > 0 && `${diff.head.map((h) => h.label).join('、')}有改动`,
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
      <p className="compare-legend muted small">
        <del className="diff-del">红底</del>是「{labels[0]}」有、「{labels[1]}」没有的文字；<ins className="diff-ins">绿底</ins>是「{labels[1]}」新写或改动的文字。
        <label className="version-only-changed">
          <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> 只看有改动的部分
        </label>
      </p>
      {diff.head.length > 0 && (
        <ul className="version-diff-list" aria-label="标题与落款的改动">
          {diff.head.map((h) => (
            <li key={h.field} className="version-diff-section" data-change="changed" aria-label={h.label}>
              <div className="version-diff-head">
                <strong>{h.label}</strong>
                <span className="tag tag-chg">修改</span>
              </div>
              <DiffRows rows={compareBodies(h.before, h.after)} labels={labels} missing={['（空）', '（空）']} />
            </li>
          ))}
        </ul>
      )}
      <ul className="version-diff-list" aria-label="各节的改动">
        {shown.map((c) => (
          <SectionRow key={c.id} c={c} labels={labels} onRestore={onRestoreSection && (() => onRestoreSection(c.id))} />
        ))}
      </ul>
    </div>
  );
}
