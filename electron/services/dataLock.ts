// One writer per data folder: the desktop app and `nianbao serve` each hold this lock while they
// run, so a second one on the same folder is refused with a clear message instead of two programs
// writing one database. The lock is SQLite's own exclusive file lock on a small side file, held by
// an open connection: the operating system releases it when the process ends, however it ends
// (crash, kill, power cut), so a stale lock can never block the next start.
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { writeTransaction } from './db/database';
import { mediaState } from './db/media';
import { openDatabase } from './db/sqlite';

export const LOCK_FILE = 'nianbao.lock';

export interface DataLock {
  release(): void;
}

export function lockDataDir(dataDir: string, holder: string): DataLock {
  // A folder nobody can write (a write-protected stick, a full disk) is opened read-only: there is
  // no writer to keep out, and the lock file could not be made there anyway.
  if (mediaState(dataDir)) return { release: () => undefined };
  const file = join(dataDir, LOCK_FILE);
  const db = openDatabase(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write in EXCLUSIVE locking mode takes the exclusive lock and keeps it until close.
    db.exec('CREATE TABLE IF NOT EXISTS holder (what TEXT NOT NULL, pid INTEGER NOT NULL, since TEXT NOT NULL)');
    writeTransaction(db, () => {
      db.exec('DELETE FROM holder');
      db.prepare('INSERT INTO holder (what, pid, since) VALUES (?, ?, ?)').run(holder, process.pid, new Date().toISOString());
    });
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new AppError(
        'DB_LOCKED',
        `这个数据文件夹正由另一个年报助手使用（桌面程序或浏览器模式）：${dataDir}。同一个数据文件夹同时只能由一个年报助手打开，请使用已经打开的那个，或先关闭它。`,
      );
    }
    throw err;
  }
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}
