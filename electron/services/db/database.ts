// Opening the SQLite file: probe read-only first (so a newer or corrupt file is never written to),
// then one writer connection with durable settings, then numbered migrations.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export type ProbeResult =
  | { state: 'missing' }
  | { state: 'ok'; version: number }
  | { state: 'corrupt'; reason: string };

/** Reads the schema version and runs quick_check without ever writing to the main file. */
export function probeDatabase(file: string): ProbeResult {
  if (!existsSync(file)) return { state: 'missing' };
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { state: 'corrupt', reason: String(check) };
    const version = db.pragma('user_version', { simple: true });
    if (typeof version !== 'number') return { state: 'corrupt', reason: 'no user_version' };
    // A file with our version stamp but without our tables is not ours to trust.
    if (version > 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('reports', 'sections')").get() as { n: number };
      if (tables.n !== 2) return { state: 'corrupt', reason: 'missing tables' };
    }
    return { state: 'ok', version };
  } catch (err) {
    return { state: 'corrupt', reason: err instanceof Error ? err.message : String(err) };
  } finally {
    db?.close();
  }
}

export function tooNewError(found: number): AppError {
  return new AppError(
    'DB_TOO_NEW',
    `数据文件由更新版本的年报助手创建（数据版本 ${found}，本程序支持到 ${LATEST_SCHEMA_VERSION}），当前版本无法打开。请安装最新版本后再试，数据文件未作任何改动。`,
  );
}

/** Opens the single writer connection with the settings every connection must have. */
export function openConnection(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk (WAL fsynced) before the call returns — a power cut loses nothing
  // the UI already called 「已保存」.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration, each in one transaction together with its version bump. */
export function migrate(db: Db): number[] {
  const from = schemaVersion(db);
  if (from > LATEST_SCHEMA_VERSION) throw tooNewError(from);
  const applied: number[] = [];
  for (let v = from + 1; v <= LATEST_SCHEMA_VERSION; v++) {
    const sql = MIGRATIONS[v - 1]!;
    db.transaction(() => {
      db.exec(sql);
      // PRAGMA takes no bound parameters; v is a loop integer.
      db.pragma(`user_version = ${v}`);
    })();
    applied.push(v);
  }
  return applied;
}
