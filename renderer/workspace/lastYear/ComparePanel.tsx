// 「去年对照」: the open section's text of last year beside this year's, paragraph by paragraph, with
// what changed marked character by character, and 「复制到本节」 under each of last year's
// paragraphs (inserted through the editor: undoable, autosaved).
import { useMemo } from 'react';
import type { Report, Section } from '../../../shared/types';
import type { LastYearComparison } from '../../../shared/lastYear/compare';
import { DiffRows } from '../../components/DiffRows';
import { compareBodies, type CompareRow } from './compareText';

interface Props {
  report: Report;
  comparison: LastYearComparison | null;
  error: string | null;
  /** The open section; undefined while 「标题与开头」 or 「结尾与落款」 is open. */
  section: Section | undefined;
  onCopy: (paragraph: string) => void;
}

function Rows({ rows, year, currentYear, onCopy }: { rows: CompareRow[]; year: number; currentYear: number; onCopy?: (p: string) => void }) {
  return (
    <DiffRows
      rows={rows}
      labels={[`${year}年报告`, `本年（${currentYear}年）`]}
      missing={['（去年没有对应的段落）', '（今年尚无此段）']}
      titles={['今年的文字中没有', '今年新写或改动的文字']}
      {...(onCopy
        ? {
            leftAction: (paragraph: string) => (
              <button type="button" className="compare-copy" onClick={() => onCopy(paragraph)} title="把这一段插到本节光标所在段落之后（可撤销）">
                复制到本节
              </button>
            ),
          }
        : {})}
    />
  );
}

export function ComparePanel({ report, comparison, error, section, onCopy }: Props) {
  const pair = section ? comparison?.pairs.find((p) => p.sectionId === section.id) : undefined;
  const lastYear = comparison?.lastYear ?? null;
  const rows = useMemo(() => {
    if (!lastYear) return [];
    if (!section) return compareBodies(lastYear.opening, report.opening);
    return pair?.lastYearSectionId ? compareBodies(pair.lastYearBody, section.body) : [];
  }, [lastYear, section, pair, report.opening]);

  if (error) return <p className="form-error">{error}</p>;
  if (!comparison) return <p className="muted">正在读取去年的报告…</p>;
  if (!lastYear) return <p className="muted">没有找到本单位更早年度的报告，无法对照。</p>;
  const legend = (
    <p className="compare-legend muted small">
      <del className="diff-del">红底</del>是去年有、今年没有的文字；<ins className="diff-ins">绿底</ins>是今年新写或改动的文字。
    </p>
  );
  if (!section) {
    return (
      <div className="compare">
        <p className="compare-head">对照{lastYear.year}年报告的开头段落</p>
        {legend}
        {rows.length > 0 ? <Rows rows={rows} year={lastYear.year} currentYear={report.year} /> : <p className="muted">两年都没有开头段落。</p>}
      </div>
    );
  }
  if (!pair?.lastYearSectionId) {
    return (
      <div className="compare">
        <p className="muted">{lastYear.year}年的报告「{lastYear.title}」中没有与「{section.title}」对应的章节。</p>
      </div>
    );
  }
  return (
    <div className="compare">
      <p className="compare-head">
        对照{lastYear.year}年：「{pair.lastYearTitle}」
      </p>
      {legend}
      {rows.length > 0 ? (
        <Rows rows={rows} year={lastYear.year} currentYear={report.year} onCopy={onCopy} />
      ) : (
        <p className="muted">去年这一节也没有正文。</p>
      )}
    </div>
  );
}
