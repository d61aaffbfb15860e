// Opening the data folder: probe, recover, open, back up, migrate. Electron-free, so the app, the
// CLI and the tests all start the same way.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { RecoveryInfo } from '../../shared/types';
import { BackupStore } from './backup/backupStore';
import { recoverFromBackup } from './backup/recovery';
import { chooseBackup } from './backup/trust';
import { systemClock, type Clock } from './clock';
import { migrate, openConnection, probeDatabase, schemaVersion, tooNewError, type Db } from './db/database';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { mediaError } from './db/media';
import { assertAddonLoads } from './db/sqlite';
import { SettingsRepo } from './db/settingsRepo';
import { HistoryRepo } from './reports/historyRepo';
import { RecentlyDeleted } from './reports/recentlyDeleted';
import { ReportRepo } from './reports/reportRepo';
import { SectionRepo } from './reports/sectionRepo';
import { VersionRepo } from './reports/versionRepo';

export const DB_FILE = 'nianbao.db';

export interface StoreOptions {
  dataDir: string;
  clock?: Clock;
  /** Take the daily backup before returning (tests); the app lets it run in the background. */
  awaitStartupBackup?: boolean;
}

export interface Store {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly db: Db;
  readonly clock: Clock;
  readonly reports: ReportRepo;
  readonly sections: SectionRepo;
  readonly history: HistoryRepo;
  readonly versions: VersionRepo;
  /** 「最近删除」: deleted sections, restorable for 30 days. */
  readonly recentlyDeleted: RecentlyDeleted;
  readonly settings: SettingsRepo;
  readonly backups: BackupStore;
  readonly recovery: RecoveryInfo | null;
  /** Settles when the start-up backup (if one was due) is written. */
  readonly startupBackup: Promise<void>;
  /** Waits for a running start-up backup — at most `backupWaitMs` when given (quitting must not hang
   *  on a slow disk; an unfinished backup is abandoned and its partial file removed) — then closes,
   *  checkpointing the WAL into the main file. With `backupOnQuit` (the app quitting) it first backs
   *  up a library that changed since its last backup, within the same time. */
  close(options?: { backupWaitMs?: number; backupOnQuit?: boolean }): Promise<void>;
}

/** An error's code (ENOENT, SQLITE_IOERR…) for a technician; its English message goes nowhere near the user. */
const codeOf = (err: unknown): string => String((err as { code?: unknown } | null)?.code ?? (err as Error | null)?.name ?? '未知');

/** Creates the data folder, or says in Chinese why it cannot. */
export function ensureDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw mediaError(dir, err) ?? new AppError('READ_ONLY', `无法创建数据文件夹：${dir}。请检查该位置是否可写入。（${codeOf(err)}）`);
  }
}

function hasReports(db: Db): boolean {
  return (db.prepare('SELECT EXISTS (SELECT 1 FROM reports) AS found').get() as { found: number }).found === 1;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const clock = options.clock ?? systemClock;
  const dataDir = options.dataDir;
  ensureDataDir(dataDir);
  assertAddonLoads();
  const dbPath = join(dataDir, DB_FILE);
  const backups = new BackupStore(join(dataDir, 'backups'), clock);

  let recovery: RecoveryInfo | null = null;
  const probe = probeDatabase(dbPath);
  if (probe.state === 'ok' && probe.version > LATEST_SCHEMA_VERSION) throw tooNewError(probe.version);
  // Version 0 means no schema was ever committed to this file. With backups of reports beside it,
  // that is not a first start but a lost database (emptied by a power cut, or a main file whose
  // -wal, holding every commit since it was created, is gone): restore instead of starting empty.
  // Likewise a data file that is gone (deleted by hand, a cleaning tool, a failed disk copy) must
  // not look like a first start with every report missing.
  const restorable = () => chooseBackup(backups.list()).backup !== null;
  const lost = probe.state === 'ok' && probe.version === 0 && restorable();
  const missing = probe.state === 'missing' && restorable();
  if (probe.state === 'corrupt' || lost || missing) recovery = recoverFromBackup(dbPath, backups, clock);

  let db: Db;
  try {
    db = openConnection(dbPath);
  } catch (err) {
    throw mediaError(dataDir, err) ?? new AppError('IO_ERROR', `无法打开数据文件：${dbPath}（${codeOf(err)}）。数据文件未作改动。`);
  }
  try {
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw tooNewError(version);
    if (version > 0 && version < LATEST_SCHEMA_VERSION && hasReports(db)) await backups.create(db, 'premigration');
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    const media = mediaError(dataDir, err);
    if (media) throw media;
    // Each migration is one transaction: a failed one was rolled back and the file is as before.
    const full = (err as { code?: string }).code === 'SQLITE_FULL' || (err as { code?: string }).code === 'ENOSPC';
    // The SQLite message stays with the error (cause) for the log, out of what the user reads.
    throw Object.assign(
      new AppError(
        full ? 'DISK_FULL' : 'IO_ERROR',
        `${full ? '磁盘空间不足，' : ''}数据文件升级没有完成，已自动撤销，数据没有改动：${dbPath}。请${full ? '清理磁盘空间后' : ''}重新启动年报助手；如仍不行，请联系技术人员。（${codeOf(err)}）`,
      ),
      { cause: err },
    );
  }

  const now = () => clock.now().toISOString();
  const settings = new SettingsRepo(db);
  // A backup of an empty library protects nothing, and would count as the newest backup.
  const startupBackup = backups.isDue() && hasReports(db)
    ? backups.create(db, 'daily').then(
        () => undefined,
        (err: unknown) => console.error('[backup] start-up backup failed:', err),
      )
    : Promise.resolve();
  if (options.awaitStartupBackup) await startupBackup;

  let closed = false;
  const reports = new ReportRepo(db, now);
  const history = new HistoryRepo(db, now);
  const sections = new SectionRepo(db, now);
  const recentlyDeleted = new RecentlyDeleted(db, sections, now);
  try {
    recentlyDeleted.purge();
  } catch (err) {
    // A read-only or full disk: the old deletions stay a while longer; nothing is lost.
    console.warn('[store] could not remove deletions older than 30 days:', err);
  }
  return {
    dataDir,
    dbPath,
    db,
    clock,
    reports,
    sections,
    recentlyDeleted,
    history,
    versions: new VersionRepo(db, now, reports, history),
    settings,
    backups,
    recovery,
    startupBackup,
    async close({ backupWaitMs, backupOnQuit }: { backupWaitMs?: number; backupOnQuit?: boolean } = {}) {
      if (closed) return;
      closed = true;
      const deadline = backupWaitMs === undefined ? undefined : Date.now() + backupWaitMs;
      if (backupWaitMs === undefined) await startupBackup;
      else {
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, backupWaitMs)));
        await Promise.race([startupBackup, limit]);
        clearTimeout(timer);
      }
      if (backupOnQuit && hasReports(db) && backups.changedSinceBackup(db)) {
        try {
          await backups.create(db, 'quit', deadline);
        } catch (err) {
          // Out of time or disk: the data file itself is intact; the next start backs up again.
          console.error('[backup] backup on quit not taken:', (err as Error).message);
        }
      }
      db.close();
    },
  };
}
