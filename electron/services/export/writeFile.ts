// Writing an export so that a failure never costs the user a file: the bytes go to a temp file in
// the target folder, are fsynced, and only then renamed over the target (atomic on one volume).
// A failed or interrupted write leaves the previous export untouched and no temp file behind; one
// killed mid-write leaves its temp file, which the next export to that name removes.
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';

/** The file operations used, injectable so tests can make any one of them fail. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
}

export interface AtomicWriteOptions {
  fs?: Partial<AtomicFs>;
  platform?: NodeJS.Platform;
  /** Extra attempts at the final rename on Windows, where virus scanners briefly hold new files. */
  renameRetries?: number;
  retryDelayMs?: number;
}

type Phase = 'create' | 'write' | 'replace';

const DISK_FULL_MESSAGE = '磁盘空间已满，文件未能导出。请清理磁盘空间或另选保存位置，原有文件未受影响。';

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** The user's view of a failed write: what happened and what to do, in Chinese. */
export function exportWriteError(error: unknown, phase: Phase): AppError {
  if (error instanceof AppError) return error;
  const code = errnoCode(error);
  let appError: AppError;
  switch (code) {
    case 'EBUSY':
      appError = new AppError('FILE_LOCKED');
      break;
    case 'EPERM':
    case 'EACCES':
      // Creating the temp file failed: the folder. Replacing the target failed: on Windows that
      // is a file held open by Word or WPS.
      appError = new AppError(phase === 'replace' ? 'FILE_LOCKED' : 'FOLDER_READ_ONLY');
      break;
    case 'EROFS':
      appError = new AppError('FOLDER_READ_ONLY');
      break;
    case 'ENOSPC':
    case 'EDQUOT':
      appError = new AppError('DISK_FULL', DISK_FULL_MESSAGE);
      break;
    case 'ENOENT':
    case 'ENOTDIR':
      appError = new AppError('FOLDER_NOT_FOUND');
      break;
    case 'EISDIR':
      appError = new AppError('IO_ERROR', '目标位置是一个文件夹，请另选文件名。');
      break;
    case 'ENAMETOOLONG':
      appError = new AppError('IO_ERROR', '文件名或路径过长，请缩短文件名或另选保存位置。');
      break;
    default:
      appError = new AppError('IO_ERROR', `${ERROR_MESSAGES.IO_ERROR}文件未能导出，原有文件未受影响。${code ? `（${code}）` : ''}`);
  }
  return Object.assign(appError, { cause: error });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Temp files are hidden dot files next to the target, so the rename never crosses volumes. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempPathOf(target: string, candidate: string): boolean {
  const prefix = `.${path.basename(target)}.`;
  const name = path.basename(candidate);
  return name.startsWith(prefix) && name.endsWith('.tmp');
}

/** A temp file this old was left by an export that was killed (power cut, 任务管理器): no write takes so long. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/** Removes the hidden temp files interrupted exports of `target` left: the user would never see them. */
async function removeStaleTemps(target: string, fs: AtomicFs, now: number): Promise<void> {
  const dir = path.dirname(target);
  const names = await nodeFs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const candidate = path.join(dir, name);
    if (!isTempPathOf(target, candidate)) continue;
    const stat = await fs.stat(candidate).catch(() => null);
    if (stat?.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) await fs.unlink(candidate).catch(() => undefined);
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<{ path: string; bytes: number }> {
  const fs: AtomicFs = { open: nodeFs.open, rename: nodeFs.rename, unlink: nodeFs.unlink, stat: nodeFs.stat, ...options.fs };
  const platform = options.platform ?? process.platform;
  const retries = options.renameRetries ?? (platform === 'win32' ? 5 : 0);
  const delay = options.retryDelayMs ?? 200;
  const full = path.resolve(target);

  const existing = await fs.stat(full).catch(() => null);
  if (existing?.isDirectory()) throw new AppError('IO_ERROR', '目标位置是一个文件夹，请另选文件名。');

  await removeStaleTemps(full, fs, Date.now());
  const temp = tempPathFor(full);
  let phase: Phase = 'create';
  let handle: nodeFs.FileHandle | null = null;
  let tempCreated = false;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    tempCreated = true;
    phase = 'write';
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    phase = 'replace';
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, full);
        break;
      } catch (error) {
        const code = errnoCode(error);
        if (attempt >= retries || !['EPERM', 'EBUSY', 'EACCES'].includes(code)) throw error;
        await sleep(delay);
      }
    }
    tempCreated = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (tempCreated) await fs.unlink(temp).catch(() => undefined);
    throw exportWriteError(error, phase);
  }
  await syncDirectory(path.dirname(full), platform);
  return { path: full, bytes: data.byteLength };
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; nothing to do there. */
async function syncDirectory(dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  const handle = await nodeFs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
