// Start-up recovery from a corrupt or lost database: move the damaged files aside (never delete
// them), put the newest backup that passes quick_check in place, and say what was done. With no
// good backup, refuse and leave the damaged file exactly where it is — never start on an empty DB.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { RecoveryInfo } from '../../../shared/types';
import type { Clock } from '../clock';
import { probeDatabase } from '../db/database';
import type { BackupStore } from './backupStore';

/** The newest backup that passes quick_check, or null. */
export function newestGoodBackup(backups: BackupStore) {
  return (
    backups.list().find((b) => {
    try {
      return probeDatabase(b.file).state === 'ok';
    } catch {
      return false; // unreadable right now: try the next one
    }
  }) ?? null
  );
}

export function recoverFromBackup(dbPath: string, backups: BackupStore, clock: Clock): RecoveryInfo {
  const good = newestGoodBackup(backups);
  if (!good) {
    throw new AppError(
      'DB_CORRUPT_NO_BACKUP',
      `数据文件已损坏，且没有可用的备份。为避免覆盖，程序没有改动它：${dbPath}。请联系技术人员协助恢复，或将该文件交给技术人员检查。`,
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
  };
}
