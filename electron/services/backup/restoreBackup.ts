// 「恢复到此备份」 and `nianbao restore-backup`: a backup file becomes the data file. The file is
// untrusted (it may come from a USB stick, or be one a program changed): it is copied privately
// into the data folder, then judged — the trust rules every backup is held to (trust.ts: not
// empty, ours, a version this program opens, integrity) and, because it is about to become the
// live database, the defensive reader's: its schema exactly that of its version (no triggers,
// views or extra objects a program could have added), rows that fit, references intact, reports
// in it. Only then is the current file backed up and swapped for it (session.ts). A refusal
// leaves the data folder exactly as it was.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { MAX_IMPORT_TEXT_CHARS } from '../../../shared/import/limits';
import type { Db } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { checkSchema, expectedSchema, openChecked, privateCopy, type SchemaObject, type UntrustedKind } from '../db/untrusted';
import { PACKAGE_APP_ID } from '../package/format';
import { checkBackup, type BackupCheck } from './trust';

export const BACKUP_KIND: UntrustedKind = { code: 'BACKUP_INVALID', noun: '备份文件', maxBytes: 2 * 1024 * 1024 * 1024 };

const WHY: Record<Extract<BackupCheck, { ok: false }>['why'], string> = {
  'empty-file': '该备份文件是空的（0 字节），可能备份时中断了。',
  unreadable: '无法读取该备份文件，可能已被移走或正被其他程序占用。',
  damaged: '该备份文件已损坏，无法使用。',
  'not-ours': '该文件不是年报助手的备份（里面没有年报助手的数据）。',
  'too-new': '该备份由更新版本的年报助手创建，当前版本无法使用。请先安装最新版本。',
};

const UNCHANGED = '当前数据没有任何改动。';

// Declared with its type so the compiler knows a call ends the path (it narrows after it).
const refuse: (message: string) => never = (message) => {
  throw new AppError('BACKUP_INVALID', `${message}${UNCHANGED}`);
};

const schemas = new Map<number, SchemaObject[]>();
function schemaAt(version: number): SchemaObject[] {
  let schema = schemas.get(version);
  if (!schema) {
    schema = expectedSchema((db) => {
      for (const sql of MIGRATIONS.slice(0, version)) db.exec(sql);
    });
    schemas.set(version, schema);
  }
  return schema;
}

/** Longest values the app ever writes, per column: a longer one is a crafted file. */
const COLUMN_LIMITS: Array<[table: string, column: string, max: number]> = [
  ['sections', 'body', MAX_IMPORT_TEXT_CHARS],
  ['sections', 'title', 10_000],
  ['revisions', 'body', MAX_IMPORT_TEXT_CHARS],
  ['revisions', 'title', 10_000],
  ['snapshots', 'data', 8_000_000],
  ['reports', 'title', 10_000],
  ['reports', 'opening', 200_000],
  ['reports', 'settings', 1_000_000],
  ['units', 'full_name', 1_000],
  ['settings', 'value', 1_000_000],
];

function checkContent(db: Db): number {
  for (const [table, column, max] of COLUMN_LIMITS) {
    // Names come from the fixed list above, never from the file.
    const row = db.prepare(`SELECT coalesce(max(length(${column})), 0) AS longest, count(*) FILTER (WHERE typeof(${column}) NOT IN ('text', 'null')) AS odd FROM ${table}`).get() as {
      longest: number;
      odd: number;
    };
    if (row.odd > 0) refuse('该备份中有不是文字的内容，不是年报助手写出的文件，已拒绝。');
    if (row.longest > max) refuse('该备份中有超长的内容（远超报告可能的长度），可能是恶意构造的文件，已拒绝。');
  }
  if (db.prepare('PRAGMA foreign_key_check').all().length > 0) refuse('该备份中的数据互相对不上（有的章节或历史找不到所属的报告），已拒绝。');
  const reports = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  if (reports === 0) refuse('该备份中没有任何报告，恢复它会让报告列表变空，已拒绝。');
  return reports;
}

export interface CheckedBackup {
  /** The private copy in the data folder, ready to become the data file. */
  file: string;
  version: number;
  reports: number;
}

/** Copies `source` into the data folder and judges the copy; throws BACKUP_INVALID (and removes
 *  the copy) when it cannot be restored. */
export function checkRestorable(source: string, dataDir: string): CheckedBackup {
  const file = join(dataDir, `.restore-${randomBytes(6).toString('hex')}.db`);
  try {
    privateCopy(source, file, BACKUP_KIND);
    const trust = checkBackup(file);
    let db: Db;
    try {
      db = openChecked(file, BACKUP_KIND);
    } catch (err) {
      if (!trust.ok) refuse(WHY[trust.why]);
      throw err;
    }
    try {
      if ((db.pragma('application_id', { simple: true }) as number) === PACKAGE_APP_ID) {
        refuse('这是一个报告包（.nianbao），不是备份。请在报告列表中用「导入报告包」导入它。');
      }
      if (!trust.ok) refuse(WHY[trust.why]);
      checkSchema(db, schemaAt(trust.version), BACKUP_KIND, 'sections_fts_');
      return { file, version: trust.version, reports: checkContent(db) };
    } finally {
      db.close();
    }
  } catch (err) {
    rmSync(file, { force: true });
    // Every refusal ends by saying nothing changed.
    if (err instanceof AppError && err.code === 'BACKUP_INVALID' && !err.message.includes(UNCHANGED)) throw new AppError('BACKUP_INVALID', `${err.message}${UNCHANGED}`);
    throw err;
  }
}
