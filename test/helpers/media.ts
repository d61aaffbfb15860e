// Media that refuse writes under a running app, for real: a data file whose read-only attribute is
// set, and a disk filled to the last block.
//
// A file's read-only attribute set under a running app. On Linux that is the immutable attribute:
// mode bits stop neither a file already open nor root, while an immutable file refuses every write,
// through handles opened before too — as Windows refuses writes to a stick whose write protection is
// switched on. (A read-only remount cannot stand in: the kernel refuses `mount -o remount,ro` while
// the data file is open for writing — "mount point is busy".) Needs root on ext4, as here and in CI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function setImmutable(files: readonly string[], on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', ...files]);
}

/** Whether this machine lets the tests set the attribute (root, a file system that has it). */
export function canMakeImmutable(): boolean {
  const dir = mkdtempSync(join(tmpdir(), '属性探测 '));
  const file = join(dir, 'probe');
  writeFileSync(file, '');
  try {
    setImmutable([file], true);
    setImmutable([file], false);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The data file and its -wal: what SQLite writes to while the app runs. */
export const dataFiles = (dbPath: string): string[] => [dbPath, `${dbPath}-wal`];

/** Fills the disk holding `dir` to the last block (another program's download); returns the filler to remove. */
export function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  try {
    for (let k = 0; k < 1 << 20; k++) writeFileSync(filler, Buffer.alloc(4096), { flag: 'a' });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOSPC') throw err;
    return filler;
  }
  throw new Error(`${dir}: the disk did not fill up`);
}

export interface Stick {
  /** The mounted file system. */
  dir: string;
  /** A write error as a failing or pulled stick gives: the kernel turns the file system read-only. */
  fail(): void;
  /** Unplugged and plugged in again: mounted afresh (the app must have closed its files). */
  replug(): void;
  cleanUp(): void;
}

/**
 * A USB stick as Linux desktops mount one: ext4 on a loop device, errors=remount-ro. Null where
 * this machine cannot make one (not root, no loop device, no ext4 error trigger).
 */
export function ext4Stick(): Stick | null {
  if (process.getuid?.() !== 0) return null;
  const root = mkdtempSync(join(tmpdir(), 'U盘 '));
  const image = join(root, 'stick.img');
  const dir = join(root, 'mnt');
  let mounted = false;
  const cleanUp = () => {
    if (mounted) execFileSync('umount', [dir]);
    mounted = false;
    rmSync(root, { recursive: true, force: true });
  };
  const mount = (options: string) => {
    execFileSync('mount', ['-o', options, image, dir], { stdio: 'ignore' });
    mounted = true;
  };
  try {
    mkdirSync(dir);
    writeFileSync(image, Buffer.alloc(16 << 20));
    execFileSync('mkfs.ext4', ['-q', '-F', image], { stdio: 'ignore' });
    mount('loop,errors=remount-ro');
    const trigger = `/sys/fs/ext4/${basename(execFileSync('findmnt', ['-no', 'SOURCE', dir]).toString().trim())}/trigger_fs_error`;
    if (!existsSync(trigger)) throw new Error('no ext4 error trigger');
    return {
      dir,
      fail: () => writeFileSync(trigger, 'test'),
      replug() {
        execFileSync('umount', [dir]);
        mounted = false;
        mount('loop');
      },
      cleanUp,
    };
  } catch {
    cleanUp();
    return null;
  }
}
