// The report library: search across every year, every unit's reports newest year first, and the
// ways to a new report, to deleting one (after a backup) and to the data folder and its backups.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppStatus, ReportSummary, SearchHit } from '../../shared/types';
import { api, errorMessage } from '../api';
import { useToast } from '../components/Toasts';
import { useShortcuts } from '../components/useShortcuts';
import { ZoomControl } from '../components/Zoom';
import { formatDateTime } from '../format';
import { useImportLauncher } from '../import/ImportLauncher';
import { PackageExportDialog } from '../package/PackageExportDialog';
import { isPackageFile, usePackageImport } from '../package/usePackageImport';
import { DeleteReportDialog } from './DeleteReportDialog';
import { firstMatch } from './highlight';
import { NewReportWizard } from './NewReportWizard';
import { useReadOnly } from '../components/ReadOnly';
import { ReportGroups, groupByUnit } from './ReportGroups';
import { SearchResults } from './SearchResults';
import { useReportSearch } from './useReportSearch';

interface Props {
  onOpen: (reportId: number, sectionId?: number, range?: { from: number; to: number }) => void;
  onShowData: () => void;
  /** A backup was taken or a report deleted: what the app shows about the data may have changed. */
  onDataChanged: () => void;
  status: AppStatus | null;
}

function EmptyLibrary({ onCreate, onImport, onPaste, onPackage }: { onCreate: () => void; onImport: () => void; onPaste: () => void; onPackage: () => void }) {
  const readOnly = useReadOnly();
  return (
    <section className="empty-state">
      <h2>还没有报告</h2>
      <p>从这里开始写本单位的法治政府建设年度报告。手里有去年的报告，就从导入它开始。</p>
      <div className="empty-actions">
        <button type="button" className="primary big" onClick={onImport} disabled={readOnly}>
          导入去年的报告
        </button>
        <button type="button" className="big" onClick={onCreate} disabled={readOnly}>
          新建报告
        </button>
      </div>
      <p className="muted small">
        去年的 Word 文件（.docx、.doc）或文本文件也可以直接拖到这个窗口里；只有网页上的文字时，可以
        <button type="button" className="link inline-link" onClick={onPaste} disabled={readOnly}>
          粘贴文字
        </button>
        。从另一台电脑带来了报告包（.nianbao）？
        <button type="button" className="link inline-link" onClick={onPackage} disabled={readOnly}>
          导入报告包
        </button>
        。
      </p>
      <ol className="empty-steps">
        <li>导入去年的报告后，一键「以此为基础新建」今年的报告；或点击「新建报告」，选择乡镇或部门模板从空白开始。</li>
        <li>按提纲逐节填写，右侧有每一节的写作指引和参考段落。</li>
        <li>写完后审校、导出为符合公文格式的 Word 文件。</li>
      </ol>
      <p className="muted small">每次输入都会在一秒内自动保存在本机，不需要联网；每天还会自动备份。</p>
    </section>
  );
}

export function LibraryScreen({ onOpen, onShowData, onDataChanged, status }: Props) {
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const readOnly = useReadOnly();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ReportSummary | null>(null);
  const search = useReportSearch();
  const searchBox = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const [packing, setPacking] = useState<ReportSummary | null>(null);
  const packages = usePackageImport((report, mode) => {
    const how = mode === 'replace' ? '已用报告包替换本机的报告（原内容已保存为版本）' : mode === 'copy' ? '已把报告包导入为一份副本' : '已导入报告包';
    toast({ kind: 'info', text: `${how}：「${report.title || report.unit.fullName}」。` });
    onDataChanged();
    onOpen(report.id);
  });
  const { fromFile: packageFromFile } = packages;
  const importer = useImportLauncher(
    (report) => {
      toast({ kind: 'info', text: `已导入「${report.title || report.unit.fullName}」，各节标为「待核对」。` });
      onOpen(report.id);
    },
    useCallback(
      (file: File) => {
        if (!isPackageFile(file.name)) return false;
        void packageFromFile(file);
        return true;
      },
      [packageFromFile],
    ),
  );

  const load = useCallback(() => {
    api.listReports({}).then(setReports, (err: unknown) => toast({ kind: 'error', text: errorMessage(err) }));
  }, [toast]);
  useEffect(load, [load]);

  // Ctrl+F: search; Ctrl+N: new report. Not while a dialog is open (its own keys apply there).
  useShortcuts([
    {
      key: 'f',
      shift: false,
      run: () => {
        searchBox.current?.focus();
        searchBox.current?.select();
      },
    },
    { key: 'n', shift: false, run: () => setCreating(true) },
  ]);

  const groups = useMemo(() => groupByUnit(reports ?? []), [reports]);

  // The editor shows the match highlighted: find it in the section's current text.
  const openHit = async (hit: SearchHit) => {
    let range: { from: number; to: number } | undefined;
    try {
      const report = await api.openReport({ id: hit.reportId });
      const body = report.sections.find((s) => s.id === hit.sectionId)?.body ?? '';
      range = firstMatch(body, search.state.phase === 'done' ? search.state.query : search.query) ?? undefined;
    } catch {
      // Opening without the highlight is still what the user asked for; the workspace reports errors.
    }
    onOpen(hit.reportId, hit.sectionId, range);
  };

  const searching = search.state.phase !== 'idle';
  const hasReports = (reports?.length ?? 0) > 0;

  return (
    <div className="library">
      <header className="topbar">
        <h1>年报助手</h1>
        <span className="topbar-sub">法治政府建设年度报告</span>
        {hasReports && (
          <form
            className="library-search"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              search.searchNow();
            }}
          >
            <input
              ref={searchBox}
              type="search"
              aria-label="搜索报告内容"
              placeholder="搜索所有年度的报告内容（Ctrl+F）"
              value={search.query}
              maxLength={100}
              onChange={(e) => search.setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && search.query) {
                  e.preventDefault();
                  search.clear();
                } else if (e.key === 'ArrowDown') {
                  const first = document.querySelector<HTMLButtonElement>('.search-hit');
                  if (first) {
                    e.preventDefault();
                    first.focus();
                  }
                }
              }}
            />
          </form>
        )}
        <div className="topbar-actions">
          <ZoomControl />
          <button type="button" onClick={onShowData} title="数据文件夹的位置、备份列表、立即备份">
            数据与备份
          </button>
          <button type="button" onClick={() => importer.openStart('file')} disabled={readOnly} title="导入去年的 Word 文件或文本（也可直接拖进窗口）">
            导入
          </button>
          <button type="button" onClick={packages.choose} disabled={readOnly} title="导入从另一台电脑带来的报告包（.nianbao），也可直接拖进窗口">
            导入报告包
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={readOnly} title="新建报告（Ctrl+N）">
            新建报告
          </button>
        </div>
      </header>
      <main className="library-main">
        {reports === null ? (
          <p className="muted">正在读取报告…</p>
        ) : !hasReports ? (
          <EmptyLibrary onCreate={() => setCreating(true)} onImport={importer.chooseFile} onPaste={() => importer.openStart('paste')} onPackage={packages.choose} />
        ) : searching ? (
          <SearchResults state={search.state} onOpen={(hit) => void openHit(hit)} onClear={search.clear} />
        ) : (
          <ReportGroups groups={groups} onOpen={(id) => onOpen(id)} onDelete={setDeleting} onPackage={setPacking} />
        )}
      </main>
      <footer className="statusbar">
        {status ? `数据保存在：${status.dataDir}` : ''}
        {status ? ` · 最近备份：${status.lastBackupAt ? formatDateTime(status.lastBackupAt) : '还没有备份'}` : ''}
      </footer>
      {importer.element}
      {packages.element}
      {packing && <PackageExportDialog report={packing} onClose={() => setPacking(null)} />}
      {creating && (
        <NewReportWizard
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
      {deleting && (
        <DeleteReportDialog
          report={deleting}
          dataDir={status?.dataDir ?? null}
          onCancel={() => setDeleting(null)}
          onDeleted={(backup) => {
            setDeleting(null);
            toast({
              kind: 'info',
              text: `已删除「${deleting.unitName} ${deleting.year}年度」的报告。删除前的备份：${formatDateTime(backup.createdAt)}。`,
            });
            load();
            onDataChanged();
          }}
        />
      )}
    </div>
  );
}
