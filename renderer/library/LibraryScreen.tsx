// The report library: every unit's reports, newest year first, and the way to a new one.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { UNIT_KIND_LABEL, type AppStatus, type ReportSummary } from '../../shared/types';
import { api, errorMessage } from '../api';
import { useToast } from '../components/Toasts';
import { formatDateTime } from '../format';
import { NewReportWizard } from './NewReportWizard';

interface Props {
  onOpen: (reportId: number) => void;
  status: AppStatus | null;
}

function groupByUnit(list: ReportSummary[]): Array<{ unit: string; kind: ReportSummary['unitKind']; reports: ReportSummary[] }> {
  const groups = new Map<string, { unit: string; kind: ReportSummary['unitKind']; reports: ReportSummary[] }>();
  for (const r of list) {
    const g = groups.get(r.unitName) ?? { unit: r.unitName, kind: r.unitKind, reports: [] };
    g.reports.push(r);
    groups.set(r.unitName, g);
  }
  for (const g of groups.values()) g.reports.sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt));
  // The unit worked on most recently comes first.
  return [...groups.values()].sort((a, b) => (b.reports[0]?.updatedAt ?? '').localeCompare(a.reports[0]?.updatedAt ?? ''));
}

export function LibraryScreen({ onOpen, status }: Props) {
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const toast = useToast();

  const load = useCallback(() => {
    api.listReports({}).then(setReports, (err: unknown) => toast({ kind: 'error', text: errorMessage(err) }));
  }, [toast]);
  useEffect(load, [load]);

  const groups = useMemo(() => groupByUnit(reports ?? []), [reports]);

  return (
    <div className="library">
      <header className="topbar">
        <h1>年报助手</h1>
        <span className="topbar-sub">法治政府建设年度报告</span>
        <div className="topbar-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            新建报告
          </button>
        </div>
      </header>
      <main className="library-main">
        {reports === null ? (
          <p className="muted">正在读取报告…</p>
        ) : reports.length === 0 ? (
          <section className="empty-state">
            <h2>还没有报告</h2>
            <p>第一次使用：新建一份报告，按提纲逐节填写；每次输入都会自动保存在本机。</p>
            <button type="button" className="primary big" onClick={() => setCreating(true)}>
              新建报告
            </button>
          </section>
        ) : (
          groups.map((g) => (
            <section key={g.unit} className="unit-group" aria-label={g.unit}>
              <h2>
                {g.unit}
                <span className="tag">{UNIT_KIND_LABEL[g.kind]}</span>
              </h2>
              <ul className="report-list">
                {g.reports.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="report-card" onClick={() => onOpen(r.id)}>
                      <span className="report-year">{r.year}年度</span>
                      <span className="report-title">{r.title}</span>
                      <span className="report-meta">
                        已完成 {r.doneCount}/{r.sectionCount} · {r.charCount} 字 · 修改于 {formatDateTime(r.updatedAt)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </main>
      <footer className="statusbar">
        {status ? `数据保存在：${status.dataDir}` : ''}
        {status?.lastBackupAt ? ` · 最近备份：${formatDateTime(status.lastBackupAt)}` : ''}
      </footer>
      {creating && (
        <NewReportWizard
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
    </div>
  );
}
