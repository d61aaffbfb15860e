// Start-up on a damaged database file. With a good backup the store moves the damaged files aside
// and restores the newest good backup; with none it refuses and changes nothing. Never a crash,
// never a silent start on an empty database.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeDatabase } from '../../../../electron/services/db/database';
import { DB_FILE, openStore } from '../../../../electron/services/store';
import type { BackupInfo } from '../../../../shared/types';
import { manualClock, tempDataDir } from '../../../helpers/tempDir';
import { bodiesIn, expectFirstStart, leafPages, quickCheck, rejection, seedReport, sha256, snapshotTree } from '../db/dbFiles';

const HOUR = 60 * 60 * 1000;
const PAGE = 4096;
const BACKED_UP = '备份时已有的正文：一是深入学习贯彻习近平法治思想。';
const AFTER_BACKUP = '备份之后才写的正文';

type Clock = ReturnType<typeof manualClock>;

/**
 * A closed data folder: a report, ~80 pages of revisions (so the tables span many pages), a manual
 * backup holding BACKED_UP, then text written after that backup.
 */
async function usedFolder(clock: Clock): Promise<{ dataDir: string; dbPath: string; backup: BackupInfo }> {
  const dataDir = tempDataDir();
  const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
  const { sectionId } = seedReport(store, BACKED_UP);
  const insert = store.db.prepare("INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, 'autosave', '主要举措和成效', ?, '', '')");
  store.db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(sectionId, `第${i}稿：推进严格规范公正文明执法。`.repeat(12));
  })();
  clock.advance(HOUR);
  const backup = await store.backups.create(store.db, 'manual');
  store.sections.saveText(sectionId, AFTER_BACKUP);
  await store.close();
  return { dataDir, dbPath: join(dataDir, DB_FILE), backup };
}

/** A database file's state as a crash leaves it: main file, -wal and -shm of an open connection. */
function crashCopy(dbPath: string, into: string): void {
  const writer = new Database(dbPath);
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare('UPDATE sections SET body = ? WHERE body <> \'\'').run('崩溃前最后写入的正文');
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(dbPath + suffix, into + suffix);
  writer.close();
}

interface Damage {
  name: string;
  damage(dbPath: string): void | Promise<void>;
}

const DAMAGES: Damage[] = [
  {
    name: 'truncated to half its pages',
    damage: (f) => writeFileSync(f, readFileSync(f).subarray(0, Math.floor(statSync(f).size / PAGE / 2) * PAGE)),
  },
  {
    name: 'truncated in the middle of a page',
    damage: (f) => writeFileSync(f, readFileSync(f).subarray(0, Math.floor(statSync(f).size / 2) + 1234)),
  },
  {
    name: 'first page zeroed',
    damage: (f) => {
      const b = readFileSync(f);
      b.fill(0, 0, PAGE);
      writeFileSync(f, b);
    },
  },
  {
    name: 'first page zeroed, with the -wal and -shm a crash left behind',
    damage: (f) => {
      const scratch = join(tempDataDir('崩溃 现场'), DB_FILE);
      copyFileSync(f, scratch);
      crashCopy(scratch, f);
      const b = readFileSync(f);
      b.fill(0, 0, PAGE);
      writeFileSync(f, b);
    },
  },
  { name: 'random bytes', damage: (f) => writeFileSync(f, randomBytes(statSync(f).size)) },
  { name: 'not a SQLite file (a text file with the DB name)', damage: (f) => writeFileSync(f, '这不是数据库文件。\r\n'.repeat(500)) },
  {
    name: 'a table b-tree page in the middle overwritten',
    damage: (f) => {
      const pages = leafPages(f, 'revisions');
      const page = pages[Math.floor(pages.length / 2)]!;
      const b = readFileSync(f);
      // The cell pointer array right after the 8-byte leaf header: every cell now points outside.
      b.fill(0xff, (page - 1) * PAGE + 8, (page - 1) * PAGE + 40);
      writeFileSync(f, b);
    },
  },
];

/** Damage that leaves a valid but empty file: only a backup tells it apart from a first start. */
const LOST: Damage[] = [
  { name: 'emptied to 0 bytes', damage: (f) => writeFileSync(f, '') },
  {
    name: 'a main file never checkpointed, its -wal gone',
    damage: (f) => {
      const scratch = tempDataDir('未检查点');
      // A real store's main file before its first checkpoint: every commit is still in the -wal.
      return openStore({ dataDir: scratch, clock: manualClock(), awaitStartupBackup: true }).then(async (s) => {
        seedReport(s, '只在预写日志里的正文');
        copyFileSync(s.dbPath, f);
        await s.close();
      });
    },
  },
];

async function expectRecovered(dataDir: string, dbPath: string, backup: BackupInfo, damaged: Record<string, string>, clock: Clock) {
  clock.advance(HOUR);
  const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
  try {
    expect(store.recovery).not.toBeNull();
    const recovery = store.recovery!;
    expect(recovery.restoredFrom).toBe(backup.file);
    expect(recovery.backupCreatedAt).toBe(backup.createdAt);
    expect(recovery.cause).toBe('damaged');
    const aside = recovery.corruptMovedTo!;
    expect(aside.startsWith(join(dataDir, 'corrupt'))).toBe(true);
    // The damaged files in the corrupt folder: main file and -wal byte for byte. (The -shm is
    // only SQLite's index of the -wal, rebuilt by whoever opens it next, the probe included.)
    const moved = Object.fromEntries(readdirSync(aside).map((f) => [f, sha256(join(aside, f))]));
    expect(Object.keys(moved).sort()).toEqual(expect.arrayContaining(Object.keys(damaged).sort()));
    for (const [file, hash] of Object.entries(damaged)) if (!file.endsWith('-shm')) expect(moved[file], file).toBe(hash);
    // The backup's data, and nothing written after it.
    const report = store.reports.open(store.reports.list()[0]!.id);
    expect(report.sections[0]!.body).toBe(BACKED_UP);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(existsSync(backup.file)).toBe(true);
    expect(sha256(backup.file)).toBe(backupHashes.get(backup.file));
  } finally {
    await store.close();
  }
  // Once recovered, the next start is an ordinary one.
  const again = await openStore({ dataDir, clock });
  expect(again.recovery).toBeNull();
  await again.close();
}

const backupHashes = new Map<string, string>();

function damagedFiles(dbPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(dbPath + suffix)) out[DB_FILE + suffix] = sha256(dbPath + suffix);
  return out;
}

/** A used folder whose database `damage` breaks (`probed` checks how the probe sees it): start-up restores the newest backup. */
async function expectRestoredAfter(damage: Damage['damage'], probed: (dbPath: string) => void): Promise<void> {
  const clock = manualClock();
  const { dataDir, dbPath, backup } = await usedFolder(clock);
  backupHashes.set(backup.file, sha256(backup.file));
  await damage(dbPath);
  probed(dbPath);
  await expectRecovered(dataDir, dbPath, backup, damagedFiles(dbPath), clock);
}

describe('corrupt database at start-up', () => {
  describe.each(DAMAGES)('$name', ({ damage }) => {
    it('is moved aside and the newest good backup restored', async () => {
      await expectRestoredAfter(damage, (dbPath) => expect(probeDatabase(dbPath).state).toBe('corrupt'));
    });

    it('without a backup, start-up is refused and the file left exactly as it was', async () => {
      const clock = manualClock();
      const { dataDir, dbPath } = await usedFolder(clock);
      rmSync(join(dataDir, 'backups'), { recursive: true });
      await damage(dbPath);
      const before = snapshotTree(dataDir);
      const err = await rejection(openStore({ dataDir, clock, awaitStartupBackup: true }));
      expect(err.code).toBe('DB_CORRUPT_NO_BACKUP');
      expect(err.message).toContain('数据文件已损坏');
      expect(err.message).toContain(dbPath);
      const after = snapshotTree(dataDir);
      // Every file that was there is unchanged, and no database was made. A read-only look at a
      // WAL-mode file may leave an empty -wal and a -shm index beside it, or rebuild an existing
      // -shm (SQLite's index of the -wal); neither holds data.
      const kept = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([f]) => !f.endsWith('-shm')));
      expect(Object.keys(after)).toEqual(expect.arrayContaining(Object.keys(before)));
      expect(Object.fromEntries(Object.keys(kept(before)).map((f) => [f, after[f]]))).toEqual(kept(before));
      for (const extra of Object.keys(after).filter((f) => !(f in before))) {
        expect(['nianbao.db-wal', 'nianbao.db-shm']).toContain(extra);
        if (extra.endsWith('-wal')) expect(statSync(join(dataDir, extra)).size).toBe(0);
      }
      expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
      expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    });
  });

  describe.each(LOST)('$name', ({ damage }) => {
    it('with backups beside it, is treated as lost and restored, not started empty', async () => {
      await expectRestoredAfter(damage, (dbPath) => expect(probeDatabase(dbPath)).toEqual({ state: 'ok', version: 0 }));
    });

    it('without any backup, it is a first start: the schema is created', async () => {
      const dataDir = tempDataDir();
      const dbPath = join(dataDir, DB_FILE);
      writeFileSync(dbPath, '');
      await damage(dbPath);
      const store = await openStore({ dataDir, clock: manualClock(), awaitStartupBackup: true });
      expect(store.recovery).toBeNull();
      expect(store.reports.list()).toEqual([]);
      await store.close();
    });
  });

  it('skips a damaged newest backup and restores the newest good one', async () => {
    const clock = manualClock();
    const { dataDir, dbPath, backup } = await usedFolder(clock);
    backupHashes.set(backup.file, sha256(backup.file));
    // A newer backup that is itself damaged (written on a failing disk, say).
    writeFileSync(join(dataDir, 'backups', 'nianbao-20251211-120000-manual.db'), randomBytes(40 * PAGE));
    writeFileSync(dbPath, randomBytes(4 * PAGE));
    await expectRecovered(dataDir, dbPath, backup, damagedFiles(dbPath), clock);
  });

  it('with every backup damaged, refuses like with none', async () => {
    const clock = manualClock();
    const { dataDir, dbPath } = await usedFolder(clock);
    for (const f of readdirSync(join(dataDir, 'backups'))) writeFileSync(join(dataDir, 'backups', f), '坏的备份');
    writeFileSync(dbPath, randomBytes(4 * PAGE));
    const hash = sha256(dbPath);
    const err = await rejection(openStore({ dataDir, clock }));
    expect(err.code).toBe('DB_CORRUPT_NO_BACKUP');
    expect(sha256(dbPath)).toBe(hash);
  });
});

describe('a data file that is gone', () => {
  it('is restored from the newest good backup, and the user is told it was missing', async () => {
    const clock = manualClock();
    const { dataDir, dbPath, backup } = await usedFolder(clock);
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    clock.advance(HOUR);
    const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
    try {
      expect(store.recovery).toMatchObject({ cause: 'missing', corruptMovedTo: null, restoredFrom: backup.file });
      expect(store.reports.open(store.reports.list()[0]!.id).sections[0]!.body).toBe(BACKED_UP);
      expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('with only damaged backups, starts empty and leaves the backups untouched', async () => {
    const clock = manualClock();
    const { dataDir, dbPath } = await usedFolder(clock);
    const backups = join(dataDir, 'backups');
    for (const f of readdirSync(backups)) writeFileSync(join(backups, f), '坏的备份');
    rmSync(dbPath, { force: true });
    const before = readdirSync(backups).sort();
    await expectFirstStart(dataDir, clock);
    for (const f of before) expect(readFileSync(join(backups, f), 'utf8')).toBe('坏的备份');
  });
});

describe('a copy of the database without its -wal', () => {
  it('opens in its last checkpointed state, intact, without recovery', async () => {
    const clock = manualClock();
    const dataDir = tempDataDir();
    const first = await openStore({ dataDir, clock, awaitStartupBackup: true });
    const { sectionId } = seedReport(first, '关闭时已检查点的正文');
    await first.close(); // closing the last connection checkpoints the -wal into the main file
    const live = await openStore({ dataDir, clock });
    live.sections.saveText(sectionId, '只在预写日志中的正文');
    const copyDir = tempDataDir('没有 wal 的副本');
    copyFileSync(live.dbPath, join(copyDir, DB_FILE));
    await live.close();

    // What is recovered: everything up to the last checkpoint (here the close of the first
    // session). Commits made after it lived only in the -wal and are gone with it; the app
    // checkpoints on close and whenever the -wal passes ~1000 pages, so that is what such a copy
    // (a USB stick, a careless file copy) can lose. Nothing is corrupt and nothing crashes.
    const store = await openStore({ dataDir: copyDir, clock, awaitStartupBackup: true });
    try {
      expect(store.recovery).toBeNull();
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.sections.get(sectionId).body).toBe('关闭时已检查点的正文');
      expect(store.history.revisions(sectionId)[0]!.body).toBe('关闭时已检查点的正文');
    } finally {
      await store.close();
    }
    expect(quickCheck(join(copyDir, DB_FILE))).toBe('ok');
  });

  it('a crash before the first checkpoint (main file empty, -wal hot) is not mistaken for a lost file', async () => {
    const clock = manualClock();
    const dataDir = tempDataDir();
    const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
    const { sectionId } = seedReport(store, '第一天写的正文');
    // A backup holding the report beside it: were the file taken for lost, it would be restored.
    await store.backups.create(store.db, 'manual');
    const crashed = tempDataDir('崩溃 后');
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(store.dbPath + suffix, join(crashed, DB_FILE + suffix));
    cpSync(store.backups.dir, join(crashed, 'backups'), { recursive: true });
    await store.close();
    expect(statSync(join(crashed, DB_FILE)).size).toBe(PAGE);
    const again = await openStore({ dataDir: crashed, clock, awaitStartupBackup: true });
    try {
      expect(again.recovery).toBeNull();
      expect(again.sections.get(sectionId).body).toBe('第一天写的正文');
    } finally {
      await again.close();
    }
    expect(bodiesIn(join(crashed, DB_FILE))).toEqual(['第一天写的正文']);
  });
});
