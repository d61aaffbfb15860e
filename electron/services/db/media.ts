// Why a data folder cannot be opened for writing, said as the user's problem and not the file's:
// a write-protected USB stick or a read-only mount, or a disk already full at start-up. Without
// this, SQLite's 「unable to open database file」 / 「disk I/O error」 reached the user in English
// inside a message that blamed the data file.
import { accessSync, constants, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { AppError, mediaRemedy, READ_ONLY_REMEDY } from '../../../shared/errors';

const READ_ONLY_CODES = /^(EROFS|EACCES|EPERM|SQLITE_READONLY|SQLITE_PERM)/;
export type MediaState = 'read-only' | 'full';

const FULL_CODES = /^(ENOSPC|EDQUOT|SQLITE_FULL)/;

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The nearest folder of `dir` that exists: where a new data folder would be made. */
function existingAncestor(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    try {
      accessSync(d, constants.F_OK);
      return d;
    } catch {
      if (dirname(d) === d) return d;
    }
  }
}

/** Whether `dir` (or where it would be made) can be written: a read-only medium, a full disk, or fine. */
export function mediaState(dir: string): MediaState | null {
  const at = existingAncestor(dir);
  try {
    accessSync(at, constants.W_OK);
  } catch (err) {
    if (READ_ONLY_CODES.test(codeOf(err))) return 'read-only';
  }
  // A few KB left is full for SQLite: the WAL and its index need pages of their own.
  const free = freeBytes(at);
  if (free !== null && free < 64 * 1024) return 'full';
  return null;
}

/** The bytes we may still write on the disk holding `dir`; null where that is not knowable (an
 *  exotic file system: the caller keeps its own message). */
export function freeBytes(dir: string): number | null {
  try {
    const fs = statfsSync(existingAncestor(dir));
    return fs.bavail * fs.bsize;
  } catch {
    return null;
  }
}

/**
 * `mediaState` for an existing data file: also read-only when the folder can be written but the
 * file (or its -wal/-shm) cannot — Windows' read-only attribute, a file copied off a CD, chmod 444.
 * SQLite would open such a file read-only without saying so, and the first write would fail.
 */
export function dataFileState(dir: string, dbPath: string): MediaState | null {
  const folder = mediaState(dir);
  if (folder) return folder;
  for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    try {
      accessSync(file, constants.W_OK);
    } catch (err) {
      if (READ_ONLY_CODES.test(codeOf(err))) return 'read-only';
    }
  }
  return null;
}

/**
 * The medium as a write finds it while the app runs: `dataFileState`, then a real write. A
 * write-protected stick on Windows, or a Linux file system turned read-only after an error (ext4's
 * emergency_ro), still says yes to access() but refuses a new file.
 */
export function runningMediaState(dir: string, dbPath: string): MediaState | null {
  const known = dataFileState(dir, dbPath);
  if (known) return known;
  const probe = join(dir, `.nianbao-probe-${process.pid}`);
  try {
    writeFileSync(probe, '1');
    return null;
  } catch (err) {
    const code = codeOf(err);
    return FULL_CODES.test(code) ? 'full' : READ_ONLY_CODES.test(code) ? 'read-only' : null;
  } finally {
    try {
      rmSync(probe, { force: true });
    } catch {
      // Refused too: nothing was made.
    }
  }
}

export function readOnlyError(dir: string): AppError {
  return new AppError(
    'READ_ONLY',
    `数据所在位置只读：${dir}。年报助手需要在这里保存修改，无法在只读的位置（写保护的 U 盘、只读的共享文件夹）打开。` +
      `${READ_ONLY_REMEDY}后再打开。数据文件未作任何改动。`,
  );
}

export function diskFullError(dir: string): AppError {
  return new AppError('DISK_FULL', `磁盘空间已满：${dir} 所在的磁盘没有剩余空间，年报助手无法打开数据文件。请清理磁盘空间后重试。数据文件未作任何改动。`);
}

/**
 * The read-only or disk-full error for a failure to open or create something in `dir`, or null
 * when neither explains it. Looks at the error's code and, since SQLite reports both as
 * 「cannot open」 or 「I/O error」, at the folder itself.
 */
export function mediaError(dir: string, err: unknown): AppError | null {
  const code = codeOf(err);
  const state = FULL_CODES.test(code) ? 'full' : READ_ONLY_CODES.test(code) && !code.startsWith('SQLITE') ? 'read-only' : mediaState(dir);
  if (state === 'read-only') return readOnlyError(dir);
  if (state === 'full') return diskFullError(dir);
  return null;
}

/** What the app says while it shows a data folder it cannot write (banner, refused calls). */
export function readOnlyNotice(state: MediaState): string {
  return state === 'full' ? '磁盘空间已满：可以查看和导出，不能修改' : '数据所在位置只读：可以查看和导出，不能修改';
}

/** The codes a write refused by its medium fails with: SQLite's own, and the file system's for
 *  files we write beside the database. SQLite reports a write the medium refused as an I/O error
 *  (EPERM/EROFS become SQLITE_IOERR_WRITE), so those count when the medium itself says so. */
const REFUSED_WRITE = /^(SQLITE_READONLY|SQLITE_PERM|EROFS|EACCES|EPERM)/;
const MAYBE_MEDIUM = /^(SQLITE_IOERR|SQLITE_CANTOPEN|EIO)/;

/**
 * Why a write to the data folder failed while the app runs, when the medium is why: the disk
 * filled up, or the stick, the mount or the data file turned read-only. Null for any other
 * failure (and for our own AppErrors, which already say what they mean — an export folder that is
 * read-only is not the data's medium).
 */
export function writeFailureState(err: unknown, dir: string, dbPath: string): MediaState | null {
  if (err instanceof AppError) return null;
  const code = codeOf(err);
  const file = (err as { path?: unknown } | null)?.path;
  if (typeof file === 'string' && relative(dir, file).startsWith('..')) return null;
  if (FULL_CODES.test(code)) return 'full';
  if (REFUSED_WRITE.test(code)) return runningMediaState(dir, dbPath) ?? 'read-only';
  if (MAYBE_MEDIUM.test(code)) return runningMediaState(dir, dbPath);
  return null;
}

/** The error of the write that found the medium refusing: the banner's words, and what to do (the CLI says it too). */
export function failedWriteError(state: MediaState): AppError {
  return new AppError(
    state === 'full' ? 'DISK_FULL' : 'READ_ONLY',
    `${readOnlyNotice(state)}。刚才的修改没有保存，${mediaRemedy({ reason: state, since: 'running' })}。已保存的内容不受影响。`,
  );
}
