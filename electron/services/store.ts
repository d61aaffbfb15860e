// Opening the data folder: probe, recover, open, back up, migrate. Electron-free, so the app, the
// CLI and the tests all start the same way.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, READ_ONLY_REMEDY } from '../../shared/errors';
import type { ReadOnlyState, RecoveryInfo } from '../../shared/types';
import { BackupStore } from './backup/backupStore';
import { recoverFromBackup } from './backup/recovery';
import { chooseBackup } from './backup/trust';
import { systemClock, type Clock } from './clock';
import { migrate, openConnection, probeDatabase, registerFunctions, schemaVersion, tooNewError, type Db } from './db/database';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { dataFileState, mediaError, readOnlyNotice, type MediaState } from './db/media';
import { RunningMedia } from './db/runningMedia';
import { assertAddonLoads, openDatabase } from './db/sqlite';
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
  /** Set when the folder cannot be written — at start (opened for reading only), or since a write
   *  failed on its medium while running — every write is refused meanwhile. */
  readonly readOnly: ReadOnlyState | null;
  /** A write failed: when the medium is why (read-only, full), the store is read-only from now on
   *  and this is the error to show; null for any other failure. */
  noteWriteFailure(err: unknown): AppError | null;
  /** Looks again at a medium that refused a write while running, and leaves the read-only state
   *  once it can be written. Returns the state now. */
  recheckMedia(): ReadOnlyState | null;
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

/**
 * The data file of a folder that cannot be written, opened for reading only: no recovery, no
 * migration, no backup, nothing written beside it. SQLite cannot open a WAL database read-only
 * without creating its -shm file, so a cleanly closed file (no -wal) is read into memory — its
 * header marked as a rollback-journal file, which it is once checkpointed — and opened from there.
 */
function openReadOnly(dataDir: string, dbPath: string, state: MediaState): Db {
  let db: Db;
  try {
    if (existsSync(`${dbPath}-wal`)) db = openDatabase(dbPath, { readonly: true, fileMustExist: true });
    else {
      const bytes = readFileSync(dbPath);
      if (bytes.length >= 20) bytes[18] = bytes[19] = 1;
      db = openDatabase(bytes, { readonly: true });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw mediaError(dataDir, err) ?? new AppError('IO_ERROR', `无法读取数据文件：${dbPath}（${codeOf(err)}）。数据文件未作改动。`);
  }
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new AppError('DB_CORRUPT_NO_BACKUP', `数据文件已损坏：${dbPath}。它所在的位置${state === 'full' ? '磁盘空间已满' : '只读'}，无法从备份恢复。请把整个数据文件夹复制到电脑上可写的位置后再打开。数据文件未作改动。`);
    }
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw tooNewError(version);
    if (version < LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'READ_ONLY',
        `${state === 'full' ? '磁盘空间已满' : '数据所在位置只读'}：${dataDir}。这个数据文件来自旧版本的年报助手，需要先升级才能打开，而升级要写入数据文件。` +
          `${state === 'full' ? '请清理磁盘空间' : READ_ONLY_REMEDY}后再打开。数据文件未作任何改动。`,
      );
    }
    registerFunctions(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const clock = options.clock ?? systemClock;
  const dataDir = options.dataDir;
  const dbPath = join(dataDir, DB_FILE);
  // A data file that cannot be written — on a write-protected stick, a disk full at start, or itself
  // marked read-only — is opened to read: the user can still look, search, check and export.
  const state = existsSync(dbPath) ? dataFileState(dataDir, dbPath) : null;
  if (!state) ensureDataDir(dataDir);
  assertAddonLoads();
  const backups = new BackupStore(join(dataDir, 'backups'), clock);
  if (state) return storeOver(openReadOnly(dataDir, dbPath, state), { dataDir, dbPath, clock, backups, recovery: null, readOnly: { reason: state, since: 'start', message: readOnlyNotice(state) } });

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
        `${full ? '磁盘空间已满，' : ''}数据文件升级没有完成，已自动撤销，数据没有改动：${dbPath}。请${full ? '清理磁盘空间后' : ''}重新启动年报助手；如仍不行，请联系技术人员。（${codeOf(err)}）`,
      ),
      { cause: err },
    );
  }

  return storeOver(db, { dataDir, dbPath, clock, backups, recovery, readOnly: null }, options.awaitStartupBackup);
}

interface StoreParts {
  dataDir: string;
  dbPath: string;
  clock: Clock;
  backups: BackupStore;
  recovery: RecoveryInfo | null;
  readOnly: ReadOnlyState | null;
}

/** The repositories over an open connection, with the start-up backup and the clean close. */
async function storeOver(db: Db, parts: StoreParts, awaitStartupBackup = false): Promise<Store> {
  const { clock, backups, readOnly, ...rest } = parts;
  // Found while running (the start-up state never clears: that file is open for reading only).
  const running = readOnly ? null : new RunningMedia(parts.dataDir, parts.dbPath);
  const now = () => clock.now().toISOString();
  const settings = new SettingsRepo(db);
  // A backup of an empty library protects nothing, and would count as the newest backup.
  const startupBackup = !readOnly && backups.isDue() && hasReports(db)
    ? backups.create(db, 'daily').then(
        () => undefined,
        (err: unknown) => console.error('[backup] start-up backup failed:', err),
      )
    : Promise.resolve();
  if (awaitStartupBackup) await startupBackup;

  let closed = false;
  const reports = new ReportRepo(db, now);
  const history = new HistoryRepo(db, now);
  const sections = new SectionRepo(db, now);
  const recentlyDeleted = new RecentlyDeleted(db, sections, now);
  try {
    if (!readOnly) recentlyDeleted.purge();
  } catch (err) {
    // A read-only or full disk: the old deletions stay a while longer; nothing is lost.
    console.warn('[store] could not remove deletions older than 30 days:', err);
  }
  return {
    ...rest,
    clock,
    backups,
    get readOnly() {
      return readOnly ?? running?.state ?? null;
    },
    noteWriteFailure: (err) => running?.noteFailure(err) ?? null,
    recheckMedia: () => readOnly ?? running?.recheck() ?? null,
    db,
    reports,
    sections,
    recentlyDeleted,
    history,
    versions: new VersionRepo(db, now, reports, history),
    settings,
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
      if (backupOnQuit && !readOnly && hasReports(db) && backups.changedSinceBackup(db)) {
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
