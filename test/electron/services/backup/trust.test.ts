// Which backups count: a 0-byte, damaged, foreign or too-new file never does, and recovery takes
// the newest trusted backup that holds reports — saying which, and how many newer ones it passed
// over. No backup is taken of an empty library, and rotation never deletes the last backup that
// holds reports, however many backups of an emptied library follow it.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupStore } from '../../../../electron/services/backup/backupStore';
import { checkBackup, chooseBackup } from '../../../../electron/services/backup/trust';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/services/db/migrations';
import { DB_FILE, openStore } from '../../../../electron/services/store';
import { manualClock, tempDataDir } from '../../../helpers/tempDir';
import { expectFirstStart, folderWithReport, rejection, seedReport, sha256, snapshotTree } from '../db/dbFiles';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Clock = ReturnType<typeof manualClock>;

/** Breaks the data file the way a disk fault does: its first page overwritten. */
function corrupt(dbPath: string): void {
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  writeFileSync(dbPath, randomBytes(4096), { flag: 'r+' });
}

/** A backup file with a name newer than every other in `dir`. */
function newerBackupFile(dir: string, clock: Clock, reason = 'manual'): string {
  clock.advance(HOUR);
  const d = clock.now();
  const p = (n: number) => String(n).padStart(2, '0');
  return join(dir, `nianbao-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${reason}.db`);
}

/** A data folder with one report and one backup of it (the start-up backup of the second day). */
async function folderWithBackup(clock: Clock): Promise<{ dataDir: string; dbPath: string; backupsDir: string }> {
  const dataDir = tempDataDir();
  await folderWithReport(dataDir, clock, '备份里的正文');
  clock.advance(DAY);
  const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
  expect(store.backups.list()).toHaveLength(1);
  await store.close();
  return { dataDir, dbPath: join(dataDir, DB_FILE), backupsDir: join(dataDir, 'backups') };
}

describe('checkBackup', () => {
  it('trusts only a non-empty, intact file with our schema at a version this program opens, and counts its reports', async () => {
    const clock = manualClock();
    const { backupsDir } = await folderWithBackup(clock);
    const good = join(backupsDir, readdirSync(backupsDir)[0]!);
    expect(checkBackup(good)).toEqual({ ok: true, version: LATEST_SCHEMA_VERSION, reports: 1 });
    // A read-only look leaves nothing beside the file.
    expect(readdirSync(backupsDir)).toEqual([basename(good)]);

    const dir = tempDataDir('备份 检查');
    const zero = join(dir, 'zero.db');
    writeFileSync(zero, '');
    expect(checkBackup(zero)).toEqual({ ok: false, why: 'empty-file' });
    const noise = join(dir, 'noise.db');
    writeFileSync(noise, randomBytes(8192));
    expect(checkBackup(noise)).toEqual({ ok: false, why: 'damaged' });
    const foreign = join(dir, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (x TEXT)');
    f.pragma('user_version = 1');
    f.close();
    expect(checkBackup(foreign)).toEqual({ ok: false, why: 'not-ours' });
    const versionless = join(dir, 'versionless.db');
    const v = new Database(versionless);
    v.exec('CREATE TABLE reports (id INTEGER); CREATE TABLE sections (id INTEGER)');
    v.close();
    expect(checkBackup(versionless)).toEqual({ ok: false, why: 'not-ours' });
    const newer = join(dir, 'newer.db');
    const n = new Database(newer);
    n.exec('CREATE TABLE reports (id INTEGER); CREATE TABLE sections (id INTEGER)');
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    expect(checkBackup(newer)).toEqual({ ok: false, why: 'too-new' });
    expect(checkBackup(join(dir, 'absent.db'))).toEqual({ ok: false, why: 'unreadable' });
    expect(chooseBackup([zero, noise, foreign, versionless, newer, good].map((file) => ({ file, reason: 'manual' as const, createdAt: '', bytes: 0 })))).toMatchObject({
      backup: { file: good, reports: 1 },
      skipped: 5,
    });
  });
});

describe('recovery chooses a backup that holds reports', () => {
  it('a 0-byte newest backup is passed over: the older good one is restored, and the user is told which and what it holds', async () => {
    const clock = manualClock();
    const { dataDir, dbPath, backupsDir } = await folderWithBackup(clock);
    const good = join(backupsDir, readdirSync(backupsDir)[0]!);
    writeFileSync(newerBackupFile(backupsDir, clock), '');
    corrupt(dbPath);
    const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
    try {
      expect(store.recovery).toMatchObject({ cause: 'damaged', restoredFrom: good, reports: 1, skippedBackups: 1 });
      const [report] = store.reports.list();
      expect(store.reports.open(report!.id).sections[0]!.body).toBe('备份里的正文');
    } finally {
      await store.close();
    }
  });

  it('a newer backup of an emptied library is passed over the same way', async () => {
    const clock = manualClock();
    const { dataDir, dbPath, backupsDir } = await folderWithBackup(clock);
    const good = join(backupsDir, readdirSync(backupsDir)[0]!);
    const store = await openStore({ dataDir, clock });
    for (const r of store.reports.list()) store.reports.remove(r.id);
    clock.advance(HOUR);
    await store.backups.create(store.db, 'manual');
    await store.close();
    corrupt(dbPath);
    const again = await openStore({ dataDir, clock });
    try {
      expect(again.recovery).toMatchObject({ restoredFrom: good, reports: 1, skippedBackups: 1 });
      expect(again.reports.list()).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('all backups empty (0 bytes) or without reports: start-up is refused and nothing is touched', async () => {
    const clock = manualClock();
    const { dataDir, dbPath, backupsDir } = await folderWithBackup(clock);
    for (const f of readdirSync(backupsDir)) writeFileSync(join(backupsDir, f), '');
    writeFileSync(newerBackupFile(backupsDir, clock), '');
    // A trusted backup, but of an empty library.
    const empty = new BackupStore(backupsDir, clock);
    const scratch = await openStore({ dataDir: tempDataDir('空库'), clock });
    clock.advance(HOUR);
    await empty.create(scratch.db, 'manual');
    await scratch.close();
    corrupt(dbPath);
    const before = snapshotTree(dataDir);
    const err = await rejection(openStore({ dataDir, clock }));
    expect(err.code).toBe('DB_CORRUPT_NO_BACKUP');
    expect(err.message).toContain('3 个备份都已损坏、为空或不含任何报告');
    expect(snapshotTree(dataDir)).toEqual(before);
  });

  it('a lost or deleted data file with only empty backups beside it is a first start, not a restore of nothing', async () => {
    const clock = manualClock();
    const { dataDir, dbPath, backupsDir } = await folderWithBackup(clock);
    for (const f of readdirSync(backupsDir)) writeFileSync(join(backupsDir, f), '');
    rmSync(dbPath);
    await expectFirstStart(dataDir, clock);
  });

  it('corruption on the first day: no empty start-up backup is restored over the day’s work; start-up refuses and keeps the file', async () => {
    const clock = manualClock();
    const dataDir = tempDataDir();
    const first = await openStore({ dataDir, clock, awaitStartupBackup: true });
    // The first start took no backup: the library was empty.
    expect(first.backups.list()).toEqual([]);
    seedReport(first, '第一天写的正文');
    await first.close();
    const dbPath = join(dataDir, DB_FILE);
    corrupt(dbPath);
    const damaged = sha256(dbPath);
    clock.advance(HOUR);
    const err = await rejection(openStore({ dataDir, clock }));
    expect(err.code).toBe('DB_CORRUPT_NO_BACKUP');
    expect(sha256(dbPath)).toBe(damaged);
    expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
  });
});

describe('rotation', () => {
  it('after days of backups of an emptied library, the last backup that held reports is still there', async () => {
    const clock = manualClock(new Date(2025, 0, 5, 9, 0, 0));
    const { dataDir, backupsDir } = await folderWithBackup(clock);
    const good = join(backupsDir, readdirSync(backupsDir)[0]!);
    const store = await openStore({ dataDir, clock });
    for (const r of store.reports.list()) store.reports.remove(r.id);
    try {
      // Two months of daily and manual backups of the empty library: past the 7 days, and past the
      // end of the month whose newest daily backup would otherwise be the monthly one kept.
      for (let day = 0; day < 60; day++) {
        clock.advance(DAY);
        await store.backups.create(store.db, day % 3 === 0 ? 'manual' : 'daily');
      }
      expect(existsSync(good)).toBe(true);
      expect(checkBackup(good)).toMatchObject({ ok: true, reports: 1 });
      // The empty ones rotate as before around it.
      expect(store.backups.list().length).toBeLessThan(25);
    } finally {
      await store.close();
    }
    // And start-up on the empty library takes no backup that could push it out.
    clock.advance(2 * DAY);
    const again = await openStore({ dataDir, clock, awaitStartupBackup: true });
    const count = again.backups.list().length;
    await again.close();
    clock.advance(2 * DAY);
    const third = await openStore({ dataDir, clock, awaitStartupBackup: true });
    expect(third.backups.list()).toHaveLength(count);
    await third.close();
  }, 60_000);
});
