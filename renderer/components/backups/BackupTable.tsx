// The backups in the data folder, newest first: time, what made it, size, file — each with
// 「恢复到此备份…」, which asks first and says what will happen (the current data is backed up
// before, so a restore is never a loss).
import { useState } from 'react';
import { fileNameOf, formatFileSize } from '../../../shared/text/files';
import { BACKUP_REASON_LABEL, type BackupInfo } from '../../../shared/types';
import { formatDateTime } from '../../format';

interface Props {
  backups: BackupInfo[];
  /** Set while a restore runs: every button waits. */
  busy: boolean;
  onRestore: (backup: BackupInfo) => void;
}

export function BackupTable({ backups, busy, onRestore }: Props) {
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <div className="backup-table-wrap">
      <table className="backup-table">
        <thead>
          <tr>
            <th>时间</th>
            <th>方式</th>
            <th>大小</th>
            <th>文件名</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file} data-file={fileNameOf(b.file)}>
              <td>{formatDateTime(b.createdAt, { seconds: true })}</td>
              <td>{BACKUP_REASON_LABEL[b.reason]}</td>
              <td>{formatFileSize(b.bytes)}</td>
              <td className="mono">{fileNameOf(b.file)}</td>
              <td className="backup-restore-cell">
                {asking === b.file ? (
                  <span className="backup-confirm" role="alertdialog" aria-label="确认恢复备份">
                    <span>所有报告将回到 {formatDateTime(b.createdAt, { seconds: true })} 的状态；恢复前会先把当前数据另存为一份备份。</span>
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      onClick={() => {
                        setAsking(null);
                        onRestore(b);
                      }}
                    >
                      确定恢复
                    </button>
                    <button type="button" disabled={busy} onClick={() => setAsking(null)}>
                      取消
                    </button>
                  </span>
                ) : (
                  <button type="button" disabled={busy} onClick={() => setAsking(b.file)} aria-label={`恢复到 ${formatDateTime(b.createdAt, { seconds: true })} 的备份`}>
                    恢复到此备份…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
