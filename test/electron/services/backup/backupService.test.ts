// 「备份到U盘…」 writes one self-contained file that restores on another PC, and says in Chinese why
// it could not (a folder that is gone or refuses writes); a backup on quit is taken only when the
// library changed, and never holds quitting up past its time; the CLI lists backups and restores
// one only with --yes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api';
import { runCli } from '../../../../electron/cli/cli';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { handlerEnv } from '../../../../electron/services/api/handlers';
import { openSession, type Session } from '../../../../electron/services/api/session';
import { checkBackup } from '../../../../electron/services/backup/trust';
import { openStore } from '../../../../electron/services/store';
import { seedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';
import { manualClock, tempDataDir } from '../../../helpers/tempDir';
import { PlatformStub, readOnlyFolder } from '../export/platformStub';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function session(platform?: PlatformStub) {
  const base = handlerEnv('test');
  const s = await openSession({ dataDir: tempDataDir('年报 备份'), clock: manualClock(), awaitStartupBackup: true }, platform ? { ...base, platform } : base);
  sessions.push(s);
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const res = await dispatch(s.handlers, name, input);
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
    return res.value as CallOutput<K>;
  };
  return { s, call, platform };
}

/** A 64 KB disk mounted in `parent` (a U盘 with no room left); null where mounting is not allowed. */
function tinyDisk(parent: string): { dir: string; release: () => void } | null {
  if (process.platform !== 'linux') return null;
  const dir = path.join(parent, '满的U盘');
  mkdirSync(dir);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' }).status !== 0) return null;
  return { dir, release: () => void spawnSync('umount', [dir], { stdio: 'ignore' }) };
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as { code: string; message: string });

describe('备份到U盘', () => {
  it('writes one file that passes the backup checks and restores in another data folder', async () => {
    const usb = tempDataDir('U盘');
    const platform = new PlatformStub(usb);
    const { s, call } = await session(platform);
    const report = storeReport(s.store, seedReport(4));
    const chosen = await call('chooseBackupFolder', {});
    expect(chosen).toEqual({ folder: usb });
    const written = await call('backupToFolder', { folder: usb });
    expect(path.basename(written.path)).toMatch(/^年报助手备份-\d{8}-\d{6}\.db$/);
    expect(readdirSync(usb)).toEqual([path.basename(written.path)]);
    expect(checkBackup(written.path)).toMatchObject({ ok: true, reports: 1 });

    const other = await session(new PlatformStub(usb));
    // Chosen in the other PC's open dialog, then restored.
    other.platform!.fileAnswers.push(written.path);
    expect(await other.call('chooseBackupFile', {})).toEqual({ file: written.path });
    const restored = await other.call('restoreBackup', { file: written.path });
    expect(restored.reports).toBe(1);
    expect((await other.call('listReports', {})).map((r) => r.title)).toEqual([report.title]);
    // A file neither listed nor chosen is refused in the app.
    expect(await failure(other.call('restoreBackup', { file: path.join(usb, 'other.db') }))).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('a folder that is gone or refuses writes gets its Chinese message, and nothing is left behind', async () => {
    const usb = tempDataDir('U盘');
    const platform = new PlatformStub(usb);
    const { s, call } = await session(platform);
    storeReport(s.store, seedReport(0));
    const gone = path.join(usb, '拔出的U盘');
    platform.folderAnswers.push(gone);
    await call('chooseBackupFolder', {});
    expect(await failure(call('backupToFolder', { folder: gone }))).toMatchObject({ message: expect.stringContaining('目标文件夹不存在') });
    const locked = readOnlyFolder(usb);
    if (locked) {
      platform.folderAnswers.push(locked);
      await call('chooseBackupFolder', {});
      expect(await failure(call('backupToFolder', { folder: locked }))).toMatchObject({ message: expect.stringContaining('不允许写入') });
    }
    // Not chosen in the dialog: refused without touching the folder.
    expect(await failure(call('backupToFolder', { folder: usb }))).toMatchObject({ code: 'BAD_INPUT' });
    expect(readdirSync(usb).filter((f) => f.endsWith('.db') || f.endsWith('.partial'))).toEqual([]);
    await call('openBackupFolder', {});
    expect(platform.opened).toEqual([s.store.backups.dir]);
  });

  it('a full U盘 is said so, and no partial file is left on it', async (ctx) => {
    const disk = tinyDisk(tempDataDir('U盘'));
    if (!disk) return ctx.skip('mounting a small disk needs root on Linux');
    try {
      const platform = new PlatformStub(disk.dir);
      const { s, call } = await session(platform);
      for (let i = 0; i < 5; i++) storeReport(s.store, seedReport(i));
      await call('chooseBackupFolder', {});
      expect(await failure(call('backupToFolder', { folder: disk.dir }))).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('空间已满') });
      expect(readdirSync(disk.dir)).toEqual([]);
      expect(await call('listReports', {})).toHaveLength(5);
    } finally {
      disk.release();
    }
  });
});

describe('backup on quit', () => {
  it('is taken only when the library changed since the last backup', async () => {
    const dataDir = tempDataDir('年报 退出');
    const store = await openStore({ dataDir, clock: manualClock(), awaitStartupBackup: true });
    storeReport(store, seedReport(0));
    await store.close({ backupWaitMs: 3000, backupOnQuit: true });
    const quit = () => readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('-quit.db'));
    expect(quit()).toHaveLength(1);
    expect(checkBackup(path.join(dataDir, 'backups', quit()[0]!))).toMatchObject({ ok: true, reports: 1 });
    // Opened and closed again without a change: no new backup.
    const again = await openStore({ dataDir, clock: manualClock(new Date(2025, 11, 10, 9, 5)), awaitStartupBackup: true });
    await again.close({ backupWaitMs: 3000, backupOnQuit: true });
    expect(quit()).toHaveLength(1);
  });

  it('out of time it gives up without leaving a partial file, and the database closes cleanly', async () => {
    const dataDir = tempDataDir('年报 退出');
    const store = await openStore({ dataDir, clock: manualClock(), awaitStartupBackup: true });
    for (let i = 0; i < 5; i++) storeReport(store, seedReport(i));
    await store.close({ backupWaitMs: 0, backupOnQuit: true });
    const files = existsSync(path.join(dataDir, 'backups')) ? readdirSync(path.join(dataDir, 'backups')) : [];
    expect(files.filter((f) => f.endsWith('-quit.db') || f.endsWith('.partial'))).toEqual([]);
    expect(existsSync(path.join(dataDir, 'nianbao.db-wal'))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('CLI backups / restore-backup', () => {
  it('lists the backups and restores one only with --yes', async () => {
    const dataDir = tempDataDir('年报 命令行');
    const store = await openStore({ dataDir, clock: manualClock(), awaitStartupBackup: true });
    storeReport(store, seedReport(1));
    const backup = await store.backups.create(store.db, 'manual');
    storeReport(store, seedReport(2));
    await store.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await runCli(['backups', '--data-dir', dataDir], {}, io)).toBe(0);
    expect(out.pop()).toContain(path.basename(backup.file));
    expect(await runCli(['restore-backup', backup.file, '--data-dir', dataDir], {}, io)).toBe(2);
    expect(err.pop()).toContain('请加 --yes');
    expect(await runCli(['restore-backup', backup.file, '--yes', '--data-dir', dataDir], {}, io)).toBe(0);
    expect(out.pop()).toMatch(/^已恢复到 .* 的备份（1 份报告）。恢复前的数据已另存为备份：/);
    expect(await runCli(['list', '--json', '--data-dir', dataDir], {}, io)).toBe(0);
    expect(JSON.parse(out.pop()!)).toHaveLength(1);
    const hostile = path.resolve(import.meta.dirname, '../../../fixtures/backup/hostile/trigger.db');
    expect(await runCli(['restore-backup', hostile, '--yes', '--data-dir', dataDir], {}, io)).toBe(1);
    expect(err.pop()).toContain('多出了触发器');
  });
});
