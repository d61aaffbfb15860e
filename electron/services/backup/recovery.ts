// Start-up recovery from a corrupt or lost database: move the damaged files aside (never delete
// them), put the newest trusted backup that holds reports in place (trust.ts), and say what was
// done — which backup, how many reports it holds, how many newer ones were passed over. With no
// such backup, refuse and leave the damaged file exactly where it is — never start on an empty DB.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { RecoveryInfo } from '../../../shared/types';
import type { Clock } from '../clock';
import type { BackupStore } from './backupStore';
import { chooseBackup } from './trust';

export function recoverFromBackup(dbPath: string, backups: BackupStore, clock: Clock): RecoveryInfo {
  const list = backups.list();
  const { backup: good, skipped } = chooseBackup(list);
  if (!good) {
    const why = list.length === 0 ? '且没有可用的备份' : `备份文件夹中的 ${list.length} 个备份都已损坏、为空或不含任何报告`;
    throw new AppError(
      'DB_CORRUPT_NO_BACKUP',
      `数据文件已损坏，${why}。为避免覆盖，程序没有改动它：${dbPath}。请联系技术人员协助恢复，或将该文件交给技术人员检查。`,
    );
  }
  const t = clock.now();
  const aside = join(
    backups.dir,
    '..',
    'corrupt',
    `${t.getFullYear()}${String(t.getMonth() + 1).padStart(2, '0')}${String(t.getDate()).padStart(2, '0')}-${t.getTime()}`,
  );
  const present = ['', '-wal', '-shm'].map((suffix) => dbPath + suffix).filter((f) => existsSync(f));
  if (present.length > 0) mkdirSync(aside, { recursive: true });
  for (const f of present) renameSync(f, join(aside, basename(f)));
  const tmp = `${dbPath}.restoring`;
  try {
    copyFileSync(good.file, tmp);
    renameSync(tmp, dbPath);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return {
    cause: present.includes(dbPath) ? 'damaged' : 'missing',
    corruptMovedTo: present.length > 0 ? aside : null,
    restoredFrom: good.file,
    backupCreatedAt: good.createdAt,
    reports: good.reports,
    skippedBackups: skipped,
  };
}
