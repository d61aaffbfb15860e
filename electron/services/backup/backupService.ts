// The backup calls of the API: the list, 「恢复到此备份」 (through the session, which swaps the
// database), 「打开备份文件夹」, and 「备份到U盘…」: one self-contained backup file of everything,
// written to a chosen folder and read back to prove it can be restored.
import { accessSync, constants, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { BackupInfo } from '../../../shared/types';
import type { PlatformHooks } from '../export/platform';
import type { Store } from '../store';
import { stamp, writeBackupFile } from './backupStore';
import { checkBackup } from './trust';

/** What restores a backup: the session, which can close and reopen the store around it. */
export interface BackupRestorer {
  restoreBackup(file: string, info: BackupInfo): Promise<{ restored: BackupInfo; reports: number; safety: BackupInfo }>;
}

const NO_DESKTOP = '此处无法打开对话框或文件夹。命令行请用：nianbao backups、nianbao restore-backup <文件> --yes';

function folderProblem(folder: string): string | null {
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    return '目标文件夹不存在（U 盘可能已拔出），请重新选择。';
  }
  if (!stat.isDirectory()) return '所选的不是文件夹，请重新选择。';
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return '目标文件夹不允许写入（U 盘可能有写保护），请另选位置。';
  }
  return null;
}

function writeError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('DISK_FULL', 'U 盘（或目标磁盘）空间已满，备份没有写完，已删除不完整的文件。请换一个空间足够的位置。');
  }
  if (/^(SQLITE_CANTOPEN|SQLITE_READONLY|SQLITE_PERM|EROFS|EACCES|EPERM)/.test(code)) {
    return new AppError('FOLDER_READ_ONLY', '目标文件夹不允许写入（U 盘可能有写保护或已拔出），请另选位置。');
  }
  return new AppError('IO_ERROR', `备份没有写完，已删除不完整的文件。请检查 U 盘后重试。${code ? `（${code}）` : ''}`);
}

export class BackupService {
  /** Files picked in the open dialog this session: with a desktop around, only these and the
   *  backups folder's own files may be restored. */
  private readonly chosen = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly platform?: PlatformHooks,
    private readonly restorer?: BackupRestorer,
  ) {}

  private desktop(): PlatformHooks {
    if (!this.platform) throw new AppError('UNSUPPORTED', NO_DESKTOP);
    return this.platform;
  }

  async restore(file: string): Promise<{ restored: BackupInfo; reports: number; safety: BackupInfo }> {
    if (!this.restorer) throw new AppError('UNSUPPORTED', '此处不能恢复备份。');
    const full = path.resolve(file);
    const listed = this.store.backups.list().find((b) => path.resolve(b.file) === full);
    if (!listed && this.platform && !this.chosen.has(full)) throw new AppError('BAD_INPUT', '请从备份列表中选择，或用「从文件恢复…」选择备份文件。');
    let info = listed;
    if (!info) {
      let stat;
      try {
        stat = statSync(full);
      } catch {
        throw new AppError('BACKUP_INVALID', '找不到该备份文件，可能已被移走、改名，或 U 盘已拔出。当前数据没有任何改动。');
      }
      info = { file: full, reason: 'manual', createdAt: stat.mtime.toISOString(), bytes: stat.size };
    }
    return this.restorer.restoreBackup(full, info);
  }

  openFolder(): { opened: true } {
    this.desktop().openFolder(this.store.backups.dir);
    return { opened: true };
  }

  async chooseFolder(): Promise<{ folder: string } | { cancelled: true }> {
    const folder = await this.desktop().chooseFolder({ title: '选择保存备份的位置（例如 U 盘）' });
    if (folder === null) return { cancelled: true };
    const full = path.resolve(folder);
    this.chosen.add(full);
    return { folder: full };
  }

  async chooseFile(): Promise<{ file: string } | { cancelled: true }> {
    const file = await this.desktop().chooseOpenFile({ title: '选择要恢复的备份文件', kind: 'backup' });
    if (file === null) return { cancelled: true };
    const full = path.resolve(file);
    this.chosen.add(full);
    return { file: full };
  }

  /** 「备份到U盘…」: 年报助手备份-<date>-<time>.db in `folder`, checked after writing. */
  async toFolder(folder: string): Promise<{ path: string; bytes: number }> {
    const dir = path.resolve(folder);
    if (this.platform && !this.chosen.has(dir)) throw new AppError('BAD_INPUT', '请先选择保存备份的位置。');
    const problem = folderProblem(dir);
    if (problem) throw new AppError('FOLDER_NOT_FOUND', problem);
    const t = this.store.clock.now();
    const name = `年报助手备份-${stamp(t)}.db`;
    const target = path.join(dir, name);
    try {
      await writeBackupFile(this.store.db, target);
    } catch (err) {
      throw writeError(err);
    }
    const check = checkBackup(target);
    if (!check.ok) {
      rmSync(target, { force: true });
      throw new AppError('IO_ERROR', `写到该位置的备份读回时不完好（${check.why}），已删除它。请换一个位置或换一个 U 盘再试。`);
    }
    return { path: target, bytes: statSync(target).size };
  }
}
