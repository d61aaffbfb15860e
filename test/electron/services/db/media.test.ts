// Read-only and full media, for real: a data folder on a read-only bind mount (a write-protected
// USB stick) and on a small tmpfs filled to the last byte (a disk full at start-up). Every command
// answers with the medium's problem in Chinese — not SQLite's English, not 「数据文件…」 — and the
// data file is byte-for-byte unchanged; once the medium is writable again, everything is there.
// Mounting needs root (as on this machine and in CI's container); without it the tests are skipped.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { tempDataDir } from '../../../helpers/tempDir';

function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = tempDataDir('mount probe');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const MOUNTS = canMount();

const mounted: string[] = [];
afterEach(() => {
  while (mounted.length) execFileSync('umount', [mounted.pop()!]);
});
function mount(args: string[], at: string): void {
  execFileSync('mount', [...args, at]);
  mounted.push(at);
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {}, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** SQLite's and Node's English, looked for in a message without its path (a temp name may hold any letters). */
const ENGLISH = /unable|error|denied|read-only|file system|database|disk|E[A-Z]{3,}|SQLITE/i;

/** A data folder holding one report, closed. */
async function libraryWithReport(): Promise<string> {
  const dir = path.join(tempDataDir(), 'data');
  const made = await cli(['new', '--unit', '某镇人民政府', '--kind', 'township', '--year', '2024', '--data-dir', dir]);
  expect(made.code).toBe(0);
  return dir;
}

describe.skipIf(!MOUNTS)('data folder on read-only and full media', () => {
  it('a read-only mount: every command says 「数据所在位置只读」, the file is untouched', async () => {
    const dir = await libraryWithReport();
    const before = sha(path.join(dir, 'nianbao.db'));
    const ro = tempDataDir('只读 U盘');
    mount(['--bind', dir], ro);
    execFileSync('mount', ['-o', 'remount,ro,bind', ro]);
    for (const args of [['list'], ['show', '1'], ['new', '--unit', '某乡人民政府', '--kind', 'township', '--year', '2025'], ['export', '1', '--out', path.join(tempDataDir(), '报告.docx')]]) {
      const r = await cli([...args, '--data-dir', ro]);
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toContain('错误：数据所在位置只读');
      expect(r.err.split(ro).join(''), args[0]).not.toMatch(ENGLISH);
    }
    // A new data folder inside the read-only place: the same message, not 「无法创建」 with ENOENT.
    expect((await cli(['list', '--data-dir', path.join(ro, '新文件夹')])).err).toContain('数据所在位置只读');
    execFileSync('umount', [mounted.pop()!]);
    expect(sha(path.join(dir, 'nianbao.db'))).toBe(before);
    expect((await cli(['list', '--data-dir', dir])).out).toContain('#1  2024年度');
  });

  it('a disk full at start-up: 「磁盘空间已满」, nothing lost; freeing space brings everything back', async () => {
    const source = await libraryWithReport();
    const disk = tempDataDir('小磁盘');
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], disk);
    const dir = path.join(disk, 'data');
    mkdirSync(dir);
    copyFileSync(path.join(source, 'nianbao.db'), path.join(dir, 'nianbao.db'));
    const before = sha(path.join(dir, 'nianbao.db'));
    // Fill the disk to the last block.
    const filler = path.join(disk, 'filler');
    try {
      for (let k = 0; k < 1024; k++) writeFileSync(filler, Buffer.alloc(4096), { flag: 'a' });
    } catch (err) {
      expect((err as { code?: string }).code).toBe('ENOSPC');
    }
    for (const args of [['list'], ['show', '1']]) {
      const r = await cli([...args, '--data-dir', dir]);
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toContain('错误：磁盘空间已满');
      expect(r.err.split(dir).join(''), args[0]).not.toMatch(ENGLISH);
    }
    expect(sha(path.join(dir, 'nianbao.db'))).toBe(before);
    rmSync(filler);
    const list = await cli(['list', '--data-dir', dir]);
    expect(list.err).toBe('');
    expect(list.out).toContain('#1  2024年度');
  });
});
