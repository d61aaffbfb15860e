// 「数据与备份」: where the data lives, the backups there, a backup on demand, and in plain words
// what the program backs up by itself. Opening the folder needs the Electron shell, so the path
// is shown selectable with a copy button instead.
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus, BackupInfo } from '../../shared/types';
import { api, errorMessage } from '../api';
import { copyText } from '../clipboard';
import { formatDateTime } from '../format';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

interface Props {
  status: AppStatus | null;
  onClose: () => void;
  /** After a backup was made, so the caller can refresh what it shows (last backup time). */
  onBackedUp: (backup: BackupInfo) => void;
}

const REASON_LABEL: Record<BackupInfo['reason'], string> = {
  daily: '每日自动',
  manual: '手动',
  premigration: '升级前',
};

type Run = { state: 'idle' } | { state: 'running' } | { state: 'done'; backup: BackupInfo } | { state: 'error'; message: string };

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function PathField({ label, value }: { label: string; value: string }) {
  const toast = useToast();
  return (
    <label className="path-field">
      <span>{label}</span>
      <span className="path-row">
        <input readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={() =>
            void copyText(value).then((ok) =>
              toast(ok ? { kind: 'info', text: `已复制：${value}` } : { kind: 'error', text: '无法复制，请选中路径后按 Ctrl+C。' }),
            )
          }
        >
          复制
        </button>
      </span>
    </label>
  );
}

export function DataBackupDialog({ status, onClose, onBackedUp }: Props) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [run, setRun] = useState<Run>({ state: 'idle' });

  const load = useCallback(() => {
    api.listBackups({}).then(
      (list) => {
        setBackups(list);
        setListError(null);
      },
      (err: unknown) => setListError(errorMessage(err)),
    );
  }, []);
  useEffect(load, [load]);

  const backupNow = async () => {
    setRun({ state: 'running' });
    try {
      const backup = await api.backupNow({});
      setRun({ state: 'done', backup });
      onBackedUp(backup);
    } catch (err) {
      setRun({ state: 'error', message: errorMessage(err) });
    }
    load();
  };

  const newest = backups?.[0] ?? null;
  return (
    <Dialog title="数据与备份" onCancel={onClose} wide>
      <div className="data-dialog">
        {status && (
          <div className="data-paths">
            <PathField label="数据文件夹" value={status.dataDir} />
            <PathField label="数据文件" value={status.dbPath} />
          </div>
        )}

        <div className="backup-now">
          <div>
            最近一次备份：
            <strong data-testid="last-backup">{newest ? formatDateTime(newest.createdAt) : '还没有备份'}</strong>
          </div>
          <button type="button" className="primary" disabled={run.state === 'running'} onClick={() => void backupNow()}>
            {run.state === 'running' ? '正在备份…' : '立即备份'}
          </button>
          <span role="status" className={run.state === 'error' ? 'form-error' : 'ok-text'}>
            {run.state === 'done' && `备份完成：${formatDateTime(run.backup.createdAt)}（${fileName(run.backup.file)}）`}
            {run.state === 'error' && `备份没有完成：${run.message}`}
          </span>
        </div>

        <section aria-label="备份列表">
          <h3>备份文件（{backups ? `${backups.length} 份` : '读取中'}）</h3>
          {listError && <p className="form-error">{listError}</p>}
          {backups && backups.length === 0 && <p className="muted">还没有备份。点击「立即备份」做第一份。</p>}
          {backups && backups.length > 0 && (
            <div className="backup-table-wrap">
              <table className="backup-table">
                <thead>
                  <tr>
                    <th>时间</th>
                    <th>方式</th>
                    <th>大小</th>
                    <th>文件名</th>
                  </tr>
                </thead>
                <tbody>
                  {backups.map((b) => (
                    <tr key={b.file}>
                      <td>{formatDateTime(b.createdAt)}</td>
                      <td>{REASON_LABEL[b.reason]}</td>
                      <td>{formatBytes(b.bytes)}</td>
                      <td className="mono">{fileName(b.file)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section className="backup-explain">
          <h3>自动备份是怎样做的</h3>
          <ul>
            <li>每天首次启动时自动备份一次（没有报告时不备份）；保留最近 7 天每天一份、最近 12 个月每月一份，并始终保留最近一份含有报告的备份。</li>
            <li>程序升级前、删除报告前也会先备份；手动备份和删除前的备份至少保留 30 天。</li>
            <li>备份是数据文件的完整副本，放在数据文件夹的「backups」子文件夹里。</li>
            <li>如果数据文件损坏，下次启动时程序会自动用最近一份完好的备份恢复，并告诉您恢复的是哪一天的数据。</li>
            <li>建议每年报告定稿后，把整个数据文件夹复制到U盘另存一份。</li>
          </ul>
        </section>

        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </Dialog>
  );
}
