// Atomic export writes: a failure keeps the previous export and leaves no temp file behind.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportReportToFile } from '../../../../electron/services/export/exportReport';
import { exportWriteError, isTempPathOf, tempPathFor, writeFileAtomic } from '../../../../electron/services/export/writeFile';
import { AppError, ERROR_MESSAGES } from '../../../../shared/errors';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import { typicalReport } from './sampleReports';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), '导出 测试 '));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('writeFileAtomic', () => {
  it('writes the bytes, replaces an earlier file and leaves only the target', async () => {
    const target = path.join(dir, '盘龙乡2024年度报告.docx');
    writeFileSync(target, 'old export');
    const result = await writeFileAtomic(target, Buffer.from('new export'));
    expect(result).toEqual({ path: target, bytes: 10 });
    expect(readFileSync(target, 'utf8')).toBe('new export');
    expect(readdirSync(dir)).toEqual(['盘龙乡2024年度报告.docx']);
  });

  // Which errno of which step maps to which error code: [step, [errno, code]…].
  describe.each<[string, Array<[string, string]>]>([
    ['open', [['EACCES', 'FOLDER_READ_ONLY'], ['EROFS', 'FOLDER_READ_ONLY'], ['ENOSPC', 'DISK_FULL']]],
    ['rename', [['EPERM', 'FILE_LOCKED'], ['EBUSY', 'FILE_LOCKED'], ['ENOSPC', 'DISK_FULL']]],
  ])('a failing %s', (op, failures) => {
    it.each(failures)('(%s) keeps the previous export and maps to %s', async (errno, code) => {
      const target = path.join(dir, 'report.docx');
      writeFileSync(target, 'previous export');
      const failing = { [op]: async () => Promise.reject(errnoError(errno)) };
      const error = await expectAppError(writeFileAtomic(target, Buffer.from('x'.repeat(1000)), { fs: failing }), code);
      expect(error.message).toMatch(/^[\u4e00-\u9fff]/);
      expect(error.message).not.toMatch(/E[A-Z]{3,}/);
      expect(readFileSync(target, 'utf8')).toBe('previous export');
      expect(readdirSync(dir)).toEqual(['report.docx']);
    });
  });

  it('a write that dies half-way (disk full while writing) removes the partial temp file', async () => {
    const target = path.join(dir, 'report.docx');
    writeFileSync(target, 'previous export');
    const open: typeof fsp.open = async (...args) => {
      const handle = await fsp.open(...args);
      // The first bytes reach the disk, then the write fails as a full disk does.
      handle.writeFile = async (data: Parameters<fsp.FileHandle['writeFile']>[0]) => {
        await handle.write(Buffer.from(data as Uint8Array).subarray(0, 10));
        throw errnoError('ENOSPC');
      };
      return handle;
    };
    const error = await expectAppError(writeFileAtomic(target, Buffer.alloc(5000, 1), { fs: { open } }), 'DISK_FULL');
    expect(error.message).toContain('原有文件未受影响');
    expect(readFileSync(target, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['report.docx']);
  });

  it('the next export removes temp files a killed export of the same file left, not fresh ones or others\'', async () => {
    const target = path.join(dir, '报告.docx');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const stale = tempPathFor(target);
    const fresh = tempPathFor(target);
    const otherFile = tempPathFor(path.join(dir, '其他.docx'));
    for (const f of [stale, fresh, otherFile]) writeFileSync(f, '写了一半');
    for (const f of [stale, otherFile]) utimesSync(f, old, old);
    await writeFileAtomic(target, Buffer.from('新'));
    expect(existsSync(stale)).toBe(false);
    // Another export of the same name may be writing it right now.
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(otherFile)).toBe(true);
  });

  it('retries a rename refused for a moment (Windows virus scanners) and then succeeds', async () => {
    const target = path.join(dir, 'report.docx');
    let refusals = 0;
    const rename: typeof fsp.rename = async (from, to) => {
      if (refusals++ < 2) throw errnoError('EPERM');
      return fsp.rename(from, to);
    };
    await writeFileAtomic(target, Buffer.from('ok'), { fs: { rename }, platform: 'win32', retryDelayMs: 1 });
    expect(refusals).toBe(3);
    expect(readFileSync(target, 'utf8')).toBe('ok');
    expect(readdirSync(dir)).toEqual(['report.docx']);
  });

  it('reports a folder that is really a file, a missing folder and a target that is a folder', async () => {
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, '');
    await expectAppError(writeFileAtomic(path.join(file, 'report.docx'), Buffer.from('x')), 'FOLDER_NOT_FOUND');
    await expectAppError(writeFileAtomic(path.join(dir, 'missing', 'report.docx'), Buffer.from('x')), 'FOLDER_NOT_FOUND');
    mkdirSync(path.join(dir, 'report.docx'));
    const error = await expectAppError(writeFileAtomic(path.join(dir, 'report.docx'), Buffer.from('x')), 'IO_ERROR');
    expect(error.message).toContain('文件夹');
    expect(readdirSync(dir).sort()).toEqual(['not-a-folder', 'report.docx']);
  });

  it('refuses a read-only folder (real permissions, when not running as root)', async () => {
    const target = path.join(dir, 'report.docx');
    writeFileSync(target, 'previous export');
    chmodSync(dir, 0o555);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const attempt = writeFileAtomic(target, Buffer.from('new'));
    if (isRoot) {
      // Root ignores folder permissions: the write goes through, still atomically.
      await attempt;
      expect(readFileSync(target, 'utf8')).toBe('new');
    } else {
      await expectAppError(attempt, 'FOLDER_READ_ONLY');
      expect(readFileSync(target, 'utf8')).toBe('previous export');
    }
    expect(readdirSync(dir)).toEqual(['report.docx']);
  });
});

describe('exportWriteError', () => {
  it('gives each failure a Chinese message with a way out', () => {
    expect(exportWriteError(errnoError('EBUSY'), 'write').message).toBe(ERROR_MESSAGES.FILE_LOCKED);
    expect(ERROR_MESSAGES.FILE_LOCKED).toContain('另存为其他文件名');
    expect(exportWriteError(errnoError('EPERM'), 'create').code).toBe('FOLDER_READ_ONLY');
    expect(exportWriteError(errnoError('EPERM'), 'replace').code).toBe('FILE_LOCKED');
    expect(exportWriteError(errnoError('ENAMETOOLONG'), 'create').message).toContain('过长');
    const other = exportWriteError(errnoError('EIO'), 'write');
    expect(other.code).toBe('IO_ERROR');
    expect(other.message).toContain('EIO');
    expect((other as AppError & { cause?: unknown }).cause).toBeInstanceOf(Error);
  });

  it('recognises its own temp files', () => {
    expect(isTempPathOf('/x/报告.docx', '/x/.报告.docx.0a1b2c3d4e5f.tmp')).toBe(true);
    expect(isTempPathOf('/x/报告.docx', '/x/报告.docx')).toBe(false);
  });
});

describe('exportReportToFile', () => {
  it('writes a .docx (adding the extension) and returns its path and size', async () => {
    const result = await exportReportToFile(typicalReport(), DEFAULT_EXPORT_SETTINGS, path.join(dir, '盘龙乡报告'));
    expect(result.path).toBe(path.join(dir, '盘龙乡报告.docx'));
    const bytes = readFileSync(result.path);
    expect(result.bytes).toBe(bytes.length);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['盘龙乡报告.docx']);
  });
});
