// Reading a SQLite file the user hands us (a report package, a backup to restore, a copy from a
// USB stick) as untrusted input. It is never opened where it lies: its bytes are copied to a
// private file first (size-capped; the copy is what gets checked and, for a backup, installed),
// then opened read-only with defensive settings, integrity-checked, and its schema compared
// object by object with the one we expect before a single row is read — so triggers, views,
// extra indexes or a table that is secretly a view never run, and nothing on the stick is locked
// or changed. Every refusal is a Chinese sentence saying what is wrong.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, readSync, rmSync, statSync, writeSync, writeFileSync } from 'node:fs';
import { AppError, type ErrorCode } from '../../../shared/errors';
import type { Db } from './database';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export interface UntrustedKind {
  /** The error code of every refusal. */
  code: ErrorCode;
  /** 「报告包」, 「备份文件」: how the messages name the file. */
  noun: string;
  maxBytes: number;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Null when a file of `size` bytes may be read as `kind`; else why not. */
export function sizeRefusal(kind: UntrustedKind, size: number): string | null {
  return size > kind.maxBytes ? `该${kind.noun}有 ${mb(size)}，超过 ${mb(kind.maxBytes)} 的上限，不像是年报助手写出的文件，已拒绝。` : null;
}

/** Why the first bytes show the file is no SQLite database of ours; null when they are fine. */
function sniff(header: Buffer, noun: string): string | null {
  const not = (what: string) => `这是一个${what}，不是年报助手的${noun}。`;
  if (header.length === 0) return `文件是空的（0 字节），可能复制时中断了，不是可用的${noun}。`;
  if (header.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return not(' Word 文档或压缩文件（.docx/.zip）');
  if (header.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return not('旧版 Word/Excel 文件');
  if (header.subarray(0, 5).toString('latin1') === '%PDF-') return not(' PDF 文件');
  if (header.length < HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    return `该文件不是年报助手的${noun}（内容无法识别，可能只是扩展名被改成了这样）。`;
  }
  return null;
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEADER_BYTES);
    const n = readSync(fd, buf, 0, HEADER_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The header's page size and (when current) page count against the file's length. */
function lengthMatchesHeader(header: Buffer, size: number): boolean {
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0 || size % pageSize !== 0) return false;
  const pages = header.readUInt32BE(28);
  // The count is valid only when written by the same change as the counter (SQLite ≥ 3.7.0).
  const current = header.readUInt32BE(92) === header.readUInt32BE(24);
  return !current || pages === 0 || pages * pageSize === size;
}

/**
 * Puts the file's bytes (a path or the bytes themselves) into `scratch`, refusing what is too
 * large or plainly not a SQLite file. The copy is switched from WAL to rollback mode in its header
 * (the same bytes `PRAGMA journal_mode=DELETE` writes), so it opens read-only without -wal/-shm.
 */
export function privateCopy(source: string | Uint8Array, scratch: string, kind: UntrustedKind): void {
  const refuse = (why: string): never => {
    throw new AppError(kind.code, why);
  };
  let size: number;
  if (typeof source === 'string') {
    let stat;
    try {
      stat = statSync(source);
    } catch {
      return refuse(`找不到该${kind.noun}，可能已被移走、改名，或 U 盘已拔出。`);
    }
    if (!stat.isFile()) refuse(`所选的不是一个文件，请选择${kind.noun}。`);
    size = stat.size;
  } else size = source.byteLength;
  const tooLarge = sizeRefusal(kind, size);
  if (tooLarge) refuse(tooLarge);
  const header = typeof source === 'string' ? readHeader(source) : Buffer.from(source.subarray(0, HEADER_BYTES));
  const notOurs = sniff(header, kind.noun);
  if (notOurs) refuse(notOurs);
  if (!lengthMatchesHeader(header, size)) refuse(`该${kind.noun}不完整（文件长度与其内部记录不符），可能在复制或下载时中断了。请重新复制一份。`);
  try {
    if (typeof source === 'string') copyFileSync(source, scratch);
    else writeFileSync(scratch, source);
    const fd = openSync(scratch, 'r+');
    try {
      if (header[18] === 2 || header[19] === 2) writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    rmSync(scratch, { force: true });
    if (err instanceof AppError) throw err;
    refuse(`无法读取该${kind.noun}：${(err as Error).message}`);
  }
}

/** Opens the private copy read-only with the defensive settings, and checks its integrity. */
export function openChecked(scratch: string, kind: UntrustedKind): Db {
  const damaged = `该${kind.noun}已损坏或不完整，无法使用。请重新复制一份再试。`;
  let db: Db;
  try {
    db = new Database(scratch, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError(kind.code, damaged);
  }
  try {
    // Nothing in the file's schema may call functions or virtual tables with side effects.
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('query_only = ON');
    const check = db.pragma('integrity_check(1)', { simple: true });
    if (check !== 'ok') throw new AppError(kind.code, damaged);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    throw new AppError(kind.code, damaged);
  }
}

export function schemaOf(db: Db): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as SchemaObject[];
}

/**
 * The file's schema must be exactly `expected`: the same tables, indexes and triggers with the same
 * SQL, nothing more. Shadow tables of a full-text index (made by SQLite itself, their SQL can vary
 * between SQLite versions) are compared by name.
 */
export function checkSchema(db: Db, expected: readonly SchemaObject[], kind: UntrustedKind, shadowPrefix?: string): void {
  let actual: SchemaObject[];
  try {
    actual = schemaOf(db);
  } catch {
    throw new AppError(kind.code, `该${kind.noun}已损坏（内部结构无法读取），无法使用。`);
  }
  const key = (o: SchemaObject) => (shadowPrefix && o.type === 'table' && o.name.startsWith(shadowPrefix) ? `${o.type}:${o.name}` : `${o.type}:${o.name}:${o.tbl_name}:${o.sql ?? ''}`);
  const want = new Set(expected.map(key));
  const have = actual.map(key);
  if (have.length !== want.size || have.some((k) => !want.has(k))) {
    const odd = actual.find((o) => !want.has(key(o)));
    const extra = odd && (odd.type === 'trigger' || odd.type === 'view') ? `（多出了${odd.type === 'trigger' ? '触发器' : '视图'}「${odd.name}」）` : '';
    throw new AppError(kind.code, `该${kind.noun}的内部结构与年报助手的格式不符${extra}，可能被其他程序改动过，或是恶意构造的文件，已拒绝。`);
  }
}

/** The schema a fresh database gets from `ddl` (run in memory), to compare a file's with. */
export function expectedSchema(ddl: (db: Db) => void): SchemaObject[] {
  const db = new Database(':memory:');
  try {
    ddl(db);
    return schemaOf(db);
  } finally {
    db.close();
  }
}
