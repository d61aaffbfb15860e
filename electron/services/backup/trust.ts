// Which backups can be trusted. A backup counts only if it is a non-empty file that SQLite opens,
// passes integrity_check, carries our schema (the reports and sections tables) at a version this
// program can open (1…latest). Among those, the ones that hold reports are what recovery and
// rotation protect: an empty backup (taken before anything was written, or of a library emptied by
// a fault) must never be restored over real data, nor push real backups out.
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/types';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export type BackupCheck =
  | { ok: true; version: number; reports: number }
  | { ok: false; why: 'empty-file' | 'unreadable' | 'damaged' | 'not-ours' | 'too-new' };

/**
 * A backup in WAL mode (every one written before backups were switched to rollback mode) makes
 * even a read-only opener create an empty -wal and an -shm index beside it. Those are removed
 * again when this check made them; nothing else is ever written.
 */
function withoutLeftovers<T>(file: string, read: () => T): T {
  const made = ['-wal', '-shm'].filter((suffix) => !existsSync(file + suffix));
  try {
    return read();
  } finally {
    for (const suffix of made) {
      const f = file + suffix;
      if (existsSync(f) && (suffix === '-shm' || statSync(f).size === 0)) rmSync(f, { force: true });
    }
  }
}

/** Reads a backup file (read-only, never written) and says whether it can be trusted. */
export function checkBackup(file: string): BackupCheck {
  return withoutLeftovers(file, () => inspect(file));
}

function inspect(file: string): BackupCheck {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { ok: false, why: 'unreadable' };
  }
  if (size === 0) return { ok: false, why: 'empty-file' };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, why: 'unreadable' };
  }
  try {
    const version = db.pragma('user_version', { simple: true });
    if (typeof version !== 'number' || version < 1) return { ok: false, why: 'not-ours' };
    if (version > LATEST_SCHEMA_VERSION) return { ok: false, why: 'too-new' };
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('reports', 'sections')").get() as { n: number };
    if (tables.n !== 2) return { ok: false, why: 'not-ours' };
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return { ok: false, why: 'damaged' };
    const reports = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
    return { ok: true, version, reports };
  } catch {
    // SQLITE_NOTADB, SQLITE_CORRUPT and the like: not a backup to trust.
    return { ok: false, why: 'damaged' };
  } finally {
    db.close();
  }
}

export interface TrustedBackup extends BackupInfo {
  version: number;
  reports: number;
}

export interface BackupChoice {
  /** The backup to restore, or null when none can be trusted. */
  backup: TrustedBackup | null;
  /** Newer backups passed over: damaged, empty files, not ours, or holding no reports. */
  skipped: number;
}

/**
 * The backup recovery restores, from a newest-first list: the newest trusted one that holds
 * reports. A backup without reports is never restored — it would look like a first start with
 * every report gone, while the damaged file (moved aside) may hold them all.
 */
export function chooseBackup(list: readonly BackupInfo[]): BackupChoice {
  for (const [index, info] of list.entries()) {
    const check = checkBackup(info.file);
    if (check.ok && check.reports > 0) return { backup: { ...info, version: check.version, reports: check.reports }, skipped: index };
  }
  return { backup: null, skipped: list.length };
}

/** The newest backup that is trusted and holds reports: what rotation never deletes. */
export function newestWithContent<T extends BackupInfo>(list: readonly T[]): T | null {
  for (const info of list) {
    const check = checkBackup(info.file);
    if (check.ok && check.reports > 0) return info;
  }
  return null;
}
