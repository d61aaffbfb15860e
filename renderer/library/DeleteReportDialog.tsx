// Deleting a report: say which one, take a backup first (so it can really be recovered), then
// delete. If the backup fails nothing is deleted.
import { useState, type FormEvent } from 'react';
import type { BackupInfo, ReportSummary } from '../../shared/types';
import { api, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';

interface Props {
  report: ReportSummary;
  dataDir: string | null;
  onCancel: () => void;
  onDeleted: (backup: BackupInfo) => void;
}

type Phase = { step: 'confirm' } | { step: 'backing-up' } | { step: 'deleting' } | { step: 'error'; message: string };

export function DeleteReportDialog({ report, dataDir, onCancel, onDeleted }: Props) {
  const [phase, setPhase] = useState<Phase>({ step: 'confirm' });
  const busy = phase.step === 'backing-up' || phase.step === 'deleting';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setPhase({ step: 'backing-up' });
    let backup: BackupInfo;
    try {
      backup = await api.backupNow({});
    } catch (err) {
      setPhase({ step: 'error', message: `备份没有完成，报告没有删除。${errorMessage(err)}` });
      return;
    }
    setPhase({ step: 'deleting' });
    try {
      await api.deleteReport({ id: report.id });
    } catch (err) {
      setPhase({ step: 'error', message: `删除没有完成：${errorMessage(err)}` });
      return;
    }
    onDeleted(backup);
  };

  const name = `${report.unitName} ${report.year}年度`;
  return (
    <Dialog title="删除报告" onCancel={() => (busy ? undefined : onCancel())}>
      <form className="form delete-report" onSubmit={(e) => void submit(e)}>
        <p>
          确定删除「{name}」的报告吗？
          <br />
          <strong>{report.title}</strong>
          <span className="muted small">
            （{report.sectionCount} 节，{report.charCount} 字）
          </span>
        </p>
        <p>删除后无法在程序中找回，但删除前的备份会在数据文件夹中保留至少 30 天。</p>
        <p className="muted">
          为保险起见，删除前会先立即备份一次{dataDir ? `（备份保存在数据文件夹 ${dataDir} 的 backups 子文件夹中）` : ''}
          ，需要时可请技术人员从这份备份中找回。
        </p>
        {phase.step === 'error' && (
          <p className="form-error" role="alert">
            {phase.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {phase.step === 'backing-up' ? '正在备份…' : phase.step === 'deleting' ? '正在删除…' : '备份并删除'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
