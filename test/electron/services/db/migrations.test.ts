import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openConnection, probeDatabase, schemaVersion } from '../../../../electron/services/db/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/services/db/migrations';
import { DB_FILE, openStore } from '../../../../electron/services/store';
import { manualClock, tempDataDir, tempStore } from '../../../helpers/tempDir';
import { bodiesIn, rejection, schemaOf, seedReport, sha256, snapshotTree } from './dbFiles';

const TABLES = ['units', 'reports', 'sections', 'revisions', 'snapshots', 'settings', 'sections_fts'];

/** A data folder holding a real, closed database with one report, then stamped as `version`. */
async function folderAtVersion(version: number): Promise<{ dataDir: string; dbPath: string }> {
  const dataDir = tempDataDir();
  const store = await openStore({ dataDir, clock: manualClock() });
  seedReport(store, '一是坚持党的领导。\n二是完善制度。');
  await store.close();
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma(`user_version = ${version}`);
  db.close();
  return { dataDir, dbPath: join(dataDir, DB_FILE) };
}

describe('schema and connection settings', () => {
  it('a fresh data folder gets every table, WAL, foreign keys on and synchronous FULL', async () => {
    const store = await tempStore();
    const names = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
    for (const t of TABLES) expect(names).toContain(t);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION);
    // The settings are live, not just reported: a dangling reference is refused.
    expect(() =>
      store.db.prepare("INSERT INTO reports (unit_id, year, created_at, updated_at) VALUES (999, 2025, '', '')").run(),
    ).toThrow(/FOREIGN KEY/);
    // The trigram index answers a Chinese substring query.
    const { sectionId } = seedReport(store, '持续深化行政执法体制改革');
    const hits = store.db.prepare('SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?').all('"执法体制"') as Array<{ rowid: number }>;
    expect(hits.map((h) => h.rowid)).toEqual([sectionId]);
  });

  it('the file header records WAL mode, so every later opener uses the WAL too', async () => {
    const store = await tempStore();
    const header = Buffer.alloc(20);
    const { openSync, readSync, closeSync } = await import('node:fs');
    const fd = openSync(store.dbPath, 'r');
    readSync(fd, header, 0, 20, 0);
    closeSync(fd);
    // Bytes 18 and 19: file format write/read version, 2 = WAL.
    expect([header[18], header[19]]).toEqual([2, 2]);
  });
});

describe('migrations', () => {
  it('a file at version 0 with no tables (an interrupted first start) is migrated', async () => {
    const dataDir = tempDataDir();
    const dbPath = join(dataDir, DB_FILE);
    const raw = new Database(dbPath);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(probeDatabase(dbPath)).toEqual({ state: 'ok', version: 0 });
    const store = await tempStore({ dataDir });
    expect(store.recovery).toBeNull();
    expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION);
    seedReport(store, '正文');
    expect(store.reports.list()).toHaveLength(1);
  });

  it('every earlier version (from an empty file on) migrates to exactly the schema of a fresh file', async () => {
    const fresh = await tempStore();
    const expected = schemaOf(fresh.db);
    for (let from = 0; from < LATEST_SCHEMA_VERSION; from++) {
      const dataDir = tempDataDir();
      const db = new Database(join(dataDir, DB_FILE));
      db.pragma('journal_mode = WAL');
      for (let v = 1; v <= from; v++) db.exec(MIGRATIONS[v - 1]!);
      db.pragma(`user_version = ${from}`);
      db.close();
      const store = await tempStore({ dataDir });
      expect(schemaVersion(store.db)).toBe(LATEST_SCHEMA_VERSION);
      expect(schemaOf(store.db)).toEqual(expected);
    }
  });

  it('migrate() on an up-to-date file applies nothing', async () => {
    const store = await tempStore();
    expect(migrate(store.db)).toEqual([]);
  });

  it('each migration commits with its version bump: a failing step rolls back both', async () => {
    // The same pattern migrate() uses (one transaction: the SQL, then user_version), with a
    // statement that fails after earlier statements of the step already ran.
    const dataDir = tempDataDir();
    const db = openConnection(join(dataDir, DB_FILE));
    migrate(db);
    const failing = `CREATE TABLE half_done (x); INSERT INTO settings (key, value) VALUES ('half', '1'); SELECT * FROM no_such_table;`;
    expect(() =>
      db.transaction(() => {
        db.exec(failing);
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      })(),
    ).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('a file from a newer version', () => {
  it('is refused with the Chinese message and left byte-for-byte untouched (no -wal)', async () => {
    const { dataDir, dbPath } = await folderAtVersion(LATEST_SCHEMA_VERSION + 1);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const before = snapshotTree(dataDir);
    const err = await rejection(openStore({ dataDir, clock: manualClock(), awaitStartupBackup: true }));
    expect(err.code).toBe('DB_TOO_NEW');
    expect(err.message).toContain('更新版本的年报助手');
    expect(err.message).toContain(`数据版本 ${LATEST_SCHEMA_VERSION + 1}`);
    expect(err.message).toContain('数据文件未作任何改动');
    // Same files, same bytes: no backup taken, nothing migrated. The read-only probe of a WAL-mode
    // file may leave an empty -wal and a -shm index beside it (SQLite needs them to read a WAL
    // database); neither holds data and the main file is unchanged.
    const after = snapshotTree(dataDir);
    expect(after['nianbao.db']).toBe(before['nianbao.db']);
    const extra = Object.keys(after).filter((f) => !(f in before));
    expect(extra.every((f) => f === 'nianbao.db-wal' || f === 'nianbao.db-shm')).toBe(true);
    if (existsSync(`${dbPath}-wal`)) expect(statSync(`${dbPath}-wal`).size).toBe(0);
    expect(Object.fromEntries(Object.entries(after).filter(([f]) => f in before))).toEqual(before);
  });

  it('is refused and untouched when its newest state is still in the -wal', async () => {
    const { dbPath } = await folderAtVersion(LATEST_SCHEMA_VERSION);
    // A connection that commits the newer version and more text without checkpointing, as a newer
    // app killed mid-session would leave it; its files are copied while it is still open.
    const writer = new Database(dbPath);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE sections SET body = '较新版本写入的正文' WHERE body <> ''").run();
    writer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const crashed = tempDataDir();
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(dbPath + suffix, join(crashed, DB_FILE + suffix));
    writer.close();
    const crashedDb = join(crashed, DB_FILE);
    const mainHash = sha256(crashedDb);
    const walHash = sha256(`${crashedDb}-wal`);
    const files = readdirSync(crashed).sort();

    const err = await rejection(openStore({ dataDir: crashed, clock: manualClock(), awaitStartupBackup: true }));
    expect(err.code).toBe('DB_TOO_NEW');
    expect(err.message).toContain(`数据版本 ${LATEST_SCHEMA_VERSION + 1}`);
    expect(sha256(crashedDb)).toBe(mainHash);
    expect(sha256(`${crashedDb}-wal`)).toBe(walHash);
    expect(readdirSync(crashed).sort()).toEqual(files);
    // Still the newer app's data, complete, for when the user installs the newer version.
    expect(bodiesIn(crashedDb)).toEqual(['较新版本写入的正文']);
  });
});

describe('premigration backups', () => {
  it('a fresh file gets no backup: nothing to migrate, and an empty library is not backed up', async () => {
    const store = await tempStore({ clock: manualClock() });
    expect(store.backups.list()).toEqual([]);
  });

  it('backups.create with reason premigration is listed as such and holds the data', async () => {
    const store = await tempStore({ clock: manualClock() });
    seedReport(store, '迁移前的正文');
    const info = await store.backups.create(store.db, 'premigration');
    expect(info.reason).toBe('premigration');
    expect(info.file).toMatch(/-premigration\.db$/);
    expect(store.backups.list().map((b) => b.reason)).toEqual(['premigration']);
    expect(bodiesIn(info.file)).toEqual(['迁移前的正文']);
  });
});
