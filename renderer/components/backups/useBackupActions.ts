// What the 「数据与备份」 dialog does besides listing: 立即备份, 备份到U盘…, 打开备份文件夹, and
// restoring a backup (from the list, or a file chosen with 从文件恢复…). One action at a time; each
// ends in a message the dialog shows.
import { useState } from 'react';
import { fileNameOf } from '../../../shared/text/files';
import type { BackupInfo, RestoredBackupInfo } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import { formatDateTime } from '../../format';

export type BackupAction =
  | { state: 'idle' }
  | { state: 'running'; what: 'backup' | 'usb' | 'restore' }
  | { state: 'done'; text: string }
  | { state: 'error'; text: string }
  /** A file chosen with 从文件恢复…, waiting for 「确定恢复」. */
  | { state: 'confirm-file'; file: string };

interface Args {
  reload: () => void;
  onBackedUp: (backup: BackupInfo) => void;
  onRestored: (result: RestoredBackupInfo) => void;
}

export function useBackupActions({ reload, onBackedUp, onRestored }: Args) {
  const [action, setAction] = useState<BackupAction>({ state: 'idle' });
  const busy = action.state === 'running';

  const attempt = async (what: 'backup' | 'usb' | 'restore', run: () => Promise<string | null>, failed: string) => {
    setAction({ state: 'running', what });
    try {
      const text = await run();
      setAction(text === null ? { state: 'idle' } : { state: 'done', text });
    } catch (err) {
      setAction({ state: 'error', text: `${failed}${errorMessage(err)}` });
    }
    reload();
  };

  return {
    action,
    busy,
    backupNow: () =>
      attempt(
        'backup',
        async () => {
          const backup = await api.backupNow({});
          onBackedUp(backup);
          return `备份完成：${formatDateTime(backup.createdAt)}（${fileNameOf(backup.file)}）`;
        },
        '备份没有完成：',
      ),
    toUsb: () =>
      attempt(
        'usb',
        async () => {
          const chosen = await api.chooseBackupFolder({});
          if ('cancelled' in chosen) return null;
          const written = await api.backupToFolder({ folder: chosen.folder });
          return `已把全部数据备份到：${written.path}。在另一台电脑上可用「从文件恢复…」恢复它。`;
        },
        '没有备份到 U 盘：',
      ),
    openFolder: () => {
      api.openBackupFolder({}).catch((err: unknown) => setAction({ state: 'error', text: errorMessage(err) }));
    },
    chooseFile: async () => {
      try {
        const chosen = await api.chooseBackupFile({});
        if (!('cancelled' in chosen)) setAction({ state: 'confirm-file', file: chosen.file });
      } catch (err) {
        setAction({ state: 'error', text: errorMessage(err) });
      }
    },
    cancel: () => setAction({ state: 'idle' }),
    restore: (file: string) =>
      attempt(
        'restore',
        async () => {
          onRestored(await api.restoreBackup({ file }));
          return null;
        },
        '没有恢复：',
      ),
  };
}
