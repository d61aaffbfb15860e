// The library proper: reports grouped by unit (the unit worked on most recently first), each
// unit's years newest first, each card opening the report with a quiet 「删除」 beside it.
import { UNIT_KIND_LABEL, type ReportSummary } from '../../shared/types';
import { formatCount, formatDateTime } from '../format';
import { useReadOnly } from '../components/ReadOnly';

export interface UnitGroup {
  unitId: number;
  unit: string;
  kind: ReportSummary['unitKind'];
  reports: ReportSummary[];
}

export function groupByUnit(list: readonly ReportSummary[]): UnitGroup[] {
  const groups = new Map<number, UnitGroup>();
  for (const r of list) {
    const g = groups.get(r.unitId) ?? { unitId: r.unitId, unit: r.unitName, kind: r.unitKind, reports: [] };
    g.reports.push(r);
    groups.set(r.unitId, g);
  }
  for (const g of groups.values()) g.reports.sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt));
  const lastTouched = (g: UnitGroup) => g.reports.reduce((m, r) => (r.updatedAt > m ? r.updatedAt : m), '');
  return [...groups.values()].sort((a, b) => lastTouched(b).localeCompare(lastTouched(a)) || a.unit.localeCompare(b.unit, 'zh-CN'));
}

interface Props {
  groups: UnitGroup[];
  onOpen: (reportId: number) => void;
  onDelete: (report: ReportSummary) => void;
  /** 「导出报告包」 of one report. */
  onPackage: (report: ReportSummary) => void;
}

export function ReportGroups({ groups, onOpen, onDelete, onPackage }: Props) {
  const readOnly = useReadOnly();
  return (
    <>
      {groups.map((g) => (
        <section key={g.unitId} className="unit-group" aria-label={g.unit}>
          <h2>
            {g.unit}
            <span className="tag">{UNIT_KIND_LABEL[g.kind]}</span>
            <span className="muted small unit-count">{g.reports.length} 份报告</span>
          </h2>
          <ul className="report-list">
            {g.reports.map((r) => (
              <li key={r.id} className="report-item">
                <button type="button" className="report-card" onClick={() => onOpen(r.id)}>
                  <span className="report-year">{r.year}年度</span>
                  <span className="report-title">{r.title}</span>
                  <span className="report-meta">
                    已完成 {r.doneCount}/{r.sectionCount} · {formatCount(r.charCount)} 字 · 修改于 {formatDateTime(r.updatedAt)}
                  </span>
                </button>
                {/* The name avoids 「年度」 so a search for the card by its year finds the card only. */}
                <button
                  type="button"
                  className="report-delete"
                  aria-label={`删除 ${g.unit} ${r.year} 年的报告`}
                  title="删除这份报告（删除前会先备份）"
                  onClick={() => onDelete(r)}
                  disabled={readOnly}
                >
                  删除
                </button>
                <button
                  type="button"
                  className="report-package"
                  aria-label={`导出 ${g.unit} ${r.year} 年的报告包`}
                  title="把这份报告存为一个报告包文件（.nianbao），带到另一台电脑继续编辑"
                  onClick={() => onPackage(r)}
                >
                  报告包
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
