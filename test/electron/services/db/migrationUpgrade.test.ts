// Upgrades need a schema newer than the one shipped. MIGRATIONS is a fixed export, so each test
// loads the store against a stand-in migrations module (the real ones plus extra steps) with
// vi.doMock: the production code runs unchanged, only its list of migrations is longer.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '../../../../electron/services/db/migrations';
import { DB_FILE, openStore } from '../../../../electron/services/store';
import { manualClock, tempDataDir } from '../../../helpers/tempDir';
import { bodiesIn, quickCheck, seedReport, userVersion } from './dbFiles';

const MIGRATIONS_MODULE = '../../../../electron/services/db/migrations';
const DAY = 24 * 60 * 60 * 1000;

type StoreModule = typeof import('../../../../electron/services/store');

async function storeWithExtraMigrations(extra: string[]): Promise<StoreModule> {
  vi.resetModules();
  const all = [...MIGRATIONS, ...extra];
  vi.doMock(MIGRATIONS_MODULE, () => ({ MIGRATIONS: all, LATEST_SCHEMA_VERSION: all.length }));
  return import('../../../../electron/services/store');
}

afterEach(() => {
  vi.doUnmock(MIGRATIONS_MODULE);
  vi.resetModules();
});

/** A folder with a database at today's real schema version, holding one report. */
async function currentFolder(clock: ReturnType<typeof manualClock>) {
  const dataDir = tempDataDir();
  const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
  seedReport(store, '升级前写下的正文');
  await store.close();
  return { dataDir, dbPath: join(dataDir, DB_FILE) };
}

const ADD_COLUMN = `ALTER TABLE units ADD COLUMN phone TEXT NOT NULL DEFAULT '';`;
const FAILS_HALFWAY = `CREATE TABLE half_done (x); INSERT INTO settings (key, value) VALUES ('half', '1'); SELECT * FROM no_such_table;`;

describe('upgrading an older file', () => {
  it('takes a premigration backup of the old version, then migrates and keeps the data', async () => {
    const clock = manualClock();
    const { dataDir, dbPath } = await currentFolder(clock);
    const from = MIGRATIONS.length;
    clock.advance(2 * DAY);
    const { openStore: openNewer } = await storeWithExtraMigrations([ADD_COLUMN]);
    const store = await openNewer({ dataDir, clock, awaitStartupBackup: true });
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(from + 1);
      expect(store.db.prepare("SELECT count(*) AS n FROM pragma_table_info('units') WHERE name = 'phone'").get()).toEqual({ n: 1 });
      expect(store.reports.list()).toHaveLength(1);
      const pre = store.backups.list().filter((b) => b.reason === 'premigration');
      expect(pre).toHaveLength(1);
      // The premigration backup is the file as it was: old version, old schema, same text.
      expect(userVersion(pre[0]!.file)).toBe(from);
      expect(quickCheck(pre[0]!.file)).toBe('ok');
      expect(bodiesIn(pre[0]!.file)).toEqual(['升级前写下的正文']);
    } finally {
      await store.close();
    }
    expect(userVersion(dbPath)).toBe(from + 1);
  });

  it('a migration that fails midway leaves the version and the schema as they were', async () => {
    const clock = manualClock();
    const { dataDir, dbPath } = await currentFolder(clock);
    const from = MIGRATIONS.length;
    const { openStore: openNewer } = await storeWithExtraMigrations([FAILS_HALFWAY]);
    // SQLite's own message goes with the error (for the log), not into what the user reads.
    const failed = { cause: expect.objectContaining({ message: expect.stringMatching(/no such table/) }) };
    await expect(openNewer({ dataDir, clock, awaitStartupBackup: true })).rejects.toMatchObject(failed);
    // The user sees a Chinese message that says nothing was changed.
    await expect(openNewer({ dataDir, clock })).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('已自动撤销，数据没有改动') });
    expect(userVersion(dbPath)).toBe(from);
    expect(quickCheck(dbPath)).toBe('ok');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'half'").get()).toEqual({ n: 0 });
    db.close();
    expect(bodiesIn(dbPath)).toEqual(['升级前写下的正文']);
    // The real (current) app still opens the untouched file.
    const { openStore: openCurrent } = await storeWithExtraMigrations([]);
    const again = await openCurrent({ dataDir, clock });
    expect(again.reports.list()).toHaveLength(1);
    await again.close();
  });

  it('with two pending steps where the second fails, the first stays applied with its version', async () => {
    const clock = manualClock();
    const { dataDir, dbPath } = await currentFolder(clock);
    const from = MIGRATIONS.length;
    const { openStore: openNewer } = await storeWithExtraMigrations([ADD_COLUMN, FAILS_HALFWAY]);
    await expect(openNewer({ dataDir, clock })).rejects.toMatchObject({ cause: expect.objectContaining({ message: expect.stringMatching(/no such table/) }) });
    expect(userVersion(dbPath)).toBe(from + 1);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('units') WHERE name = 'phone'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps only the last three premigration backups over successive upgrades', async () => {
    const clock = manualClock();
    const { dataDir } = await currentFolder(clock);
    const extra: string[] = [];
    for (let i = 1; i <= 5; i++) {
      clock.advance(DAY / 2);
      extra.push(`CREATE TABLE upgrade_${i} (x);`);
      const { openStore: openNewer } = await storeWithExtraMigrations(extra);
      const store = await openNewer({ dataDir, clock, awaitStartupBackup: true });
      await store.close();
    }
    const { openStore: openLatest } = await storeWithExtraMigrations(extra);
    const store = await openLatest({ dataDir, clock });
    const pre = store.backups.list().filter((b) => b.reason === 'premigration');
    await store.close();
    // Newest first: taken before upgrading to +5, +4, +3 — i.e. at versions +4, +3, +2.
    expect(pre.map((b) => userVersion(b.file))).toEqual([MIGRATIONS.length + 4, MIGRATIONS.length + 3, MIGRATIONS.length + 2]);
  });
});
