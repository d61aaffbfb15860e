// Opening the SQLite file: probe read-only first (so a newer or corrupt file is never written to),
// then one writer connection with durable settings, then numbered migrations.
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { countChars } from '../../../shared/gongwen/zishu';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { mediaError } from './media';
import { openDatabase } from './sqlite';

export type Db = Database.Database;

export type ProbeResult =
  | { state: 'missing' }
  | { state: 'ok'; version: number }
  | { state: 'corrupt'; reason: string };

/**
 * SQLite error codes that say nothing about the file's content: another program holds it locked,
 * it cannot be opened or read. Such a file must never be taken for corrupt — that would move a
 * healthy (possibly open) database aside and restore an older backup over it.
 */
const NOT_DAMAGE = /^SQLITE_(BUSY|LOCKED|READONLY|CANTOPEN|IOERR|PERM|AUTH)/;

function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function readProbe(file: string): ProbeResult {
  const db = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
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
  } finally {
    db.close();
  }
}

function damagedOrThrow(file: string, err: unknown): ProbeResult {
  // Our own refusals (an addon that does not load) say nothing about the file.
  if (err instanceof AppError) throw err;
  const code = sqliteCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code && /^SQLITE_(BUSY|LOCKED)/.test(code)) {
    throw new AppError('DB_LOCKED', `数据文件正被其他程序占用：${file}。请关闭其他年报助手窗口、命令行或正在使用该文件的程序后重试。数据文件未作改动。`);
  }
  if (code && NOT_DAMAGE.test(code)) throw mediaError(dirname(file), err) ?? new AppError('IO_ERROR', `无法读取数据文件：${file}（${code}）。数据文件未作改动。`);
  return { state: 'corrupt', reason: message };
}

/** Reads the schema version and runs quick_check without ever writing to the main file. */
export function probeDatabase(file: string): ProbeResult {
  if (!existsSync(file)) return { state: 'missing' };
  try {
    return readProbe(file);
  } catch (err) {
    if (sqliteCode(err) !== 'SQLITE_READONLY_ROLLBACK') return damagedOrThrow(file, err);
  }
  // A crash while the file was in rollback-journal mode (every new file is, for a moment, on its
  // very first start) left a hot journal. Only a writer may roll it back — SQLite's own return to
  // the last commit, which any opener performs — and then the file can be probed like any other.
  try {
    const writer = openDatabase(file, { fileMustExist: true });
    try {
      writer.prepare('SELECT count(*) FROM sqlite_master').get();
    } finally {
      writer.close();
    }
    return readProbe(file);
  } catch (err) {
    return damagedOrThrow(file, err);
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
  const db = openDatabase(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk (WAL fsynced) before the call returns — a power cut loses nothing
  // the UI already called 「已保存」.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerFunctions(db);
  return db;
}

/** The SQL functions every connection (the writer, a read-only one) offers. */
export function registerFunctions(db: Db): void {
  // 字数 in SQL (the report list) is the very function the screens count with.
  db.function('count_chars', { deterministic: true }, (text: unknown) => countChars(typeof text === 'string' ? text : ''));
}

/**
 * Runs `fn` as one write transaction started IMMEDIATE: the write lock is taken before anything is
 * read, so a second writer on the same file (the CLI importing while the app autosaves) waits up
 * to busy_timeout for its turn. A deferred transaction would read first and then fail at once with
 * SQLITE_BUSY(_SNAPSHOT) when the other writer committed in between — the busy timeout never
 * applies to it. Every write goes through here (lint forbids db.transaction elsewhere); nested
 * calls become savepoints of the outer transaction.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  // A read-only connection (a write-protected data folder) cannot take the write lock; reads that
  // use a transaction for a consistent view still get one, and a write inside fails as read-only.
  // eslint-disable-next-line no-restricted-syntax -- the one place a transaction is opened.
  return db.readonly ? db.transaction(fn).deferred() : db.transaction(fn).immediate();
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
    writeTransaction(db, () => {
      db.exec(sql);
      // PRAGMA takes no bound parameters; v is a loop integer.
      db.pragma(`user_version = ${v}`);
    });
    applied.push(v);
  }
  return applied;
}
