// 「数据与备份」: where the data lives, the backups there with 「恢复到此备份…」, a backup on demand,
// 「备份到U盘…」 (one file of everything), 「打开备份文件夹」, 「从文件恢复…」 (a backup brought on a
// USB stick), and in plain words what the program backs up by itself.
import { useCallback, useEffect, useState } from 'react';
import { fileNameOf } from '../../shared/text/files';
import type { AppStatus, BackupInfo, RestoredBackupInfo } from '../../shared/types';
import { api, errorMessage } from '../api';
import { copyText } from '../clipboard';
import { formatDateTime } from '../format';
import { BackupTable } from './backups/BackupTable';
import { useBackupActions } from './backups/useBackupActions';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

interface Props {
  status: AppStatus | null;
  onClose: () => void;
  /** After a backup was made, so the caller can refresh what it shows (last backup time). */
  onBackedUp: (backup: BackupInfo) => void;
  /** A backup is now the data file: the caller reloads everything and says so. */
  onRestored: (result: RestoredBackupInfo) => void;
}

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

export function DataBackupDialog({ status, onClose, onBackedUp, onRestored }: Props) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
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
  const actions = useBackupActions({ reload: load, onBackedUp, onRestored });
  const { action, busy } = actions;

  const newest = backups?.[0] ?? null;
  return (
    <Dialog title="数据与备份" onCancel={() => (busy ? undefined : onClose())} wide>
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
          <button type="button" className="primary" disabled={busy} onClick={() => void actions.backupNow()}>
            {action.state === 'running' && action.what === 'backup' ? '正在备份…' : '立即备份'}
          </button>
          <button type="button" disabled={busy} onClick={() => void actions.toUsb()} title="把全部数据备份成一个文件，保存到 U 盘或其他位置">
            {action.state === 'running' && action.what === 'usb' ? '正在备份到U盘…' : '备份到U盘…'}
          </button>
          <button type="button" disabled={busy} onClick={actions.openFolder}>
            打开备份文件夹
          </button>
        </div>
        <p role="status" className={action.state === 'error' ? 'form-error backup-message' : 'ok-text backup-message'}>
          {action.state === 'running' && action.what === 'restore' && '正在恢复备份，请稍候…'}
          {(action.state === 'done' || action.state === 'error') && action.text}
        </p>
        {action.state === 'confirm-file' && (
          <div className="backup-confirm" role="alertdialog" aria-label="确认从文件恢复">
            <span>
              用「{fileNameOf(action.file)}」恢复：所有报告将变成这份备份里的内容；恢复前会先把当前数据另存为一份备份。
            </span>
            <button type="button" className="primary" onClick={() => void actions.restore(action.file)}>
              确定恢复
            </button>
            <button type="button" onClick={actions.cancel}>
              取消
            </button>
          </div>
        )}

        <section aria-label="备份列表">
          <h3>
            备份文件（{backups ? `${backups.length} 份` : '读取中'}）
            <button type="button" className="backup-from-file" disabled={busy} onClick={() => void actions.chooseFile()} title="恢复 U 盘或其他位置的备份文件（.db）">
              从文件恢复…
            </button>
          </h3>
          {listError && <p className="form-error">{listError}</p>}
          {backups && backups.length === 0 && <p className="muted">还没有备份。点击「立即备份」做第一份。</p>}
          {backups && backups.length > 0 && <BackupTable backups={backups} busy={busy} onRestore={(b) => void actions.restore(b.file)} />}
        </section>

        <section className="backup-explain">
          <h3>自动备份是怎样做的</h3>
          <ul>
            <li>每天首次启动时自动备份一次（没有报告时不备份）；保留最近 7 天每天一份、最近 12 个月每月一份，并始终保留最近一份含有报告的备份。</li>
            <li>退出程序时，如果有改动，会再备份一次（最多等几秒，不会拖住退出）。</li>
            <li>程序升级前、删除报告前、恢复备份前也会先备份；手动备份和这些备份至少保留 30 天。</li>
            <li>备份是数据文件的完整副本，放在数据文件夹的「backups」子文件夹里。</li>
            <li>如果数据文件损坏，下次启动时程序会自动用最近一份完好的备份恢复，并告诉您恢复的是哪一天的数据。</li>
            <li>建议每年报告定稿后，用「备份到U盘…」另存一份；只带一份报告去别的电脑，用报告列表中的「报告包」。</li>
          </ul>
        </section>

        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            关闭
          </button>
        </div>
      </div>
    </Dialog>
  );
}
