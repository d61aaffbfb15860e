import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BackupStore, KEEP_DAYS, KEEP_MANUAL, KEEP_MANUAL_DAYS, KEEP_MONTHS, KEEP_PREMIGRATION } from '../../../../electron/services/backup/backupStore';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/services/db/migrations';
import { openStore } from '../../../../electron/services/store';
import { manualClock, tempDataDir, tempStore } from '../../../helpers/tempDir';
import { bodiesIn, folderWithReport, quickCheck, seedReport, userVersion } from '../db/dbFiles';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('start-up backup', () => {
  it('is not taken of an empty library; then when there is none, not again within a day, and again once a day has passed', async () => {
    const clock = manualClock(new Date(2025, 2, 3, 8, 30, 0));
    const dataDir = tempDataDir();
    const start = async () => {
      const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
      const list = store.backups.list();
      await store.close();
      return list;
    };
    expect(await start()).toEqual([]);
    expect(await start()).toEqual([]);
    await folderWithReport(dataDir, clock);
    expect((await start()).map((b) => basename(b.file))).toEqual(['nianbao-20250303-083000-daily.db']);
    clock.advance(23 * HOUR + 59 * 60 * 1000);
    expect(await start()).toHaveLength(1);
    clock.advance(60 * 1000);
    const after = await start();
    expect(after.map((b) => basename(b.file))).toEqual(['nianbao-20250304-083000-daily.db', 'nianbao-20250303-083000-daily.db']);
  });

  it('a recent premigration backup does not stand in for the daily one', async () => {
    const clock = manualClock();
    const dataDir = tempDataDir();
    await folderWithReport(dataDir, clock);
    const first = await openStore({ dataDir, clock, awaitStartupBackup: true });
    clock.advance(2 * DAY);
    await first.backups.create(first.db, 'premigration');
    await first.close();
    clock.advance(HOUR);
    const store = await tempStore({ dataDir, clock });
    expect(store.backups.list().map((b) => b.reason)).toEqual(['daily', 'premigration', 'daily']);
  });

  it('runs in the background unless awaited, and close() waits for it', async () => {
    const dataDir = tempDataDir();
    await folderWithReport(dataDir, manualClock());
    const store = await openStore({ dataDir, clock: manualClock() });
    await store.startupBackup;
    expect(store.backups.list()).toHaveLength(1);
    await store.close();
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('a failing start-up backup is logged and the store still opens and saves', async () => {
    const dataDir = tempDataDir();
    await folderWithReport(dataDir, manualClock());
    // A file where the backups folder should be: mkdir fails.
    writeFileSync(join(dataDir, 'backups'), 'not a folder');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const store = await tempStore({ dataDir, clock: manualClock() });
      expect(logged).toHaveBeenCalled();
      const { sectionId } = seedReport(store, '备份失败也要能保存');
      expect(store.sections.get(sectionId).body).toBe('备份失败也要能保存');
    } finally {
      logged.mockRestore();
    }
  });
});

describe('backup files', () => {
  it('pass quick_check, carry the schema version and hold the data', async () => {
    const store = await tempStore({ clock: manualClock() });
    seedReport(store, '第一部分正文。\n第二段。');
    const info = await store.backups.create(store.db, 'manual');
    expect(info.reason).toBe('manual');
    expect(info.bytes).toBeGreaterThan(0);
    expect(quickCheck(info.file)).toBe('ok');
    expect(userVersion(info.file)).toBe(LATEST_SCHEMA_VERSION);
    expect(bodiesIn(info.file)).toEqual(['第一部分正文。\n第二段。']);
  });

  it('include commits still in the -wal: they come from the backup API, not a copy of the main file', async () => {
    const clock = manualClock();
    const dataDir = tempDataDir();
    const first = await openStore({ dataDir, clock, awaitStartupBackup: true });
    const { sectionId } = seedReport(first, '旧文本');
    await first.close(); // checkpoints: the main file now holds 旧文本
    const store = await tempStore({ dataDir, clock });
    const marker = '只在预写日志中的新文本甲乙丙';
    store.sections.saveText(sectionId, marker);
    const bytes = Buffer.from(marker);
    expect(readFileSync(store.dbPath).includes(bytes)).toBe(false);
    expect(readFileSync(`${store.dbPath}-wal`).includes(bytes)).toBe(true);
    const info = await store.backups.create(store.db, 'manual');
    expect(bodiesIn(info.file)).toEqual([marker]);
  });

  it('the live database keeps taking saves while a backup runs', async () => {
    const store = await tempStore({ clock: manualClock() });
    const { reportId, sectionId } = seedReport(store, '起始');
    // Enough pages (~10 MB) that the backup API needs many steps, yielding between them.
    const insert = store.db.prepare("INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, 'autosave', 't', ?, '', '')");
    const filler = '依法行政推进法治政府建设'.repeat(300);
    store.db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(sectionId, `${i}${filler}`);
    })();
    let settled = false;
    const backup = store.backups.create(store.db, 'manual').finally(() => {
      settled = true;
    });
    let saves = 0;
    while (!settled) {
      store.sections.saveText(sectionId, `备份期间的第${saves}次保存`);
      saves++;
      await new Promise((r) => setImmediate(r));
    }
    const info = await backup;
    expect(saves).toBeGreaterThan(5);
    expect(store.sections.get(sectionId).body).toBe(`备份期间的第${saves - 1}次保存`);
    expect(quickCheck(info.file)).toBe('ok');
    const Database = (await import('better-sqlite3')).default;
    const copy = new Database(info.file, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM revisions WHERE length(body) > 1000').get() as { n: number }).n).toBe(1000);
    expect(copy.prepare('SELECT id FROM reports').all()).toEqual([{ id: reportId }]);
    copy.close();
  });

  it('removes .partial leftovers of interrupted backups and never lists them', async () => {
    const clock = manualClock();
    const dataDir = tempDataDir();
    await folderWithReport(dataDir, clock);
    const store = await tempStore({ clock, dataDir });
    const dir = store.backups.dir;
    const leftover = join(dir, 'nianbao-20251209-090000-daily.db.partial');
    writeFileSync(leftover, 'half a backup');
    expect(store.backups.list().map((b) => basename(b.file))).toEqual(['nianbao-20251210-090000-daily.db']);
    clock.advance(HOUR);
    await store.backups.create(store.db, 'manual');
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('two backups in the same second: the later one counts as the newer', async () => {
    const clock = manualClock();
    const store = await tempStore({ clock });
    clock.advance(HOUR);
    await store.backups.create(store.db, 'premigration');
    const daily = await store.backups.create(store.db, 'daily');
    // Start-up order: the premigration copy is taken before migrating, the daily one after.
    expect(store.backups.newest()?.file).toBe(daily.file);
    const first = await store.backups.create(store.db, 'manual');
    const second = await store.backups.create(store.db, 'manual');
    expect(basename(second.file)).toBe(basename(first.file).replace('-manual.db', '-2-manual.db'));
    expect(store.backups.newest()?.file).toBe(second.file);
  });
});

describe('rotation', () => {
  it('keeps manual backups (e.g. the one taken before deleting a report) through later backups that day', async () => {
    const clock = manualClock(new Date(2025, 11, 1, 9, 0, 0));
    const store = await tempStore({ clock });
    clock.advance(HOUR);
    const beforeDelete = await store.backups.create(store.db, 'manual');
    for (let i = 0; i < 3; i++) {
      clock.advance(HOUR);
      await store.backups.create(store.db, 'daily');
    }
    expect(existsSync(beforeDelete.file)).toBe(true);
    // Old manual backups go after the window, but the newest KEEP_MANUAL always stay.
    for (let i = 0; i < KEEP_MANUAL + 4; i++) {
      clock.advance(DAY);
      await store.backups.create(store.db, 'manual');
    }
    expect(existsSync(beforeDelete.file)).toBe(true);
    clock.advance(KEEP_MANUAL_DAYS * DAY);
    await store.backups.create(store.db, 'daily');
    const manual = store.backups.list().filter((b) => b.reason === 'manual');
    expect(manual).toHaveLength(KEEP_MANUAL);
    expect(existsSync(beforeDelete.file)).toBe(false);
  });

  it(`over 400 days of daily starts keeps ${KEEP_DAYS} daily + ${KEEP_MONTHS} monthly + ${KEEP_PREMIGRATION} premigration`, async () => {
    const clock = manualClock(new Date(2024, 10, 20, 8, 15, 0));
    const dataDir = tempDataDir();
    const daily: Date[] = [];
    const premigration: Date[] = [];
    await folderWithReport(dataDir, clock);
    for (let day = 0; day < 400; day++) {
      const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
      daily.push(clock.now());
      if (day % 80 === 40) {
        clock.advance(HOUR);
        await store.backups.create(store.db, 'premigration');
        premigration.push(clock.now());
        clock.advance(-HOUR);
      }
      await store.close();
      clock.advance(DAY);
    }
    const backups = new BackupStore(join(dataDir, 'backups'), clock);
    const kept = backups.list();

    // The policy, computed from the start dates: the newest backup of each of the 7 most recent
    // days, of each of the 12 most recent months, and the 3 most recent premigration copies.
    const stamp = (d: Date, reason: string) => {
      const p = (n: number) => String(n).padStart(2, '0');
      return `nianbao-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${reason}.db`;
    };
    const newestFirst = [...daily].reverse();
    const expected = new Set<string>(newestFirst.slice(0, 7).map((d) => stamp(d, 'daily')));
    const months = new Map<string, Date>();
    for (const d of newestFirst) {
      const key = `${d.getFullYear()}-${d.getMonth()}`;
      if (!months.has(key) && months.size < 12) months.set(key, d);
    }
    for (const d of months.values()) expected.add(stamp(d, 'daily'));
    for (const d of premigration.slice(-3)) expected.add(stamp(d, 'premigration'));

    expect(kept.map((b) => basename(b.file)).sort()).toEqual([...expected].sort());
    expect(premigration).toHaveLength(5);
    expect(kept.filter((b) => b.reason === 'premigration')).toHaveLength(3);
    // Every monthly one is the last start of its month, and nothing is older than a year.
    const regular = kept.filter((b) => b.reason === 'daily');
    expect(regular.length).toBeGreaterThanOrEqual(17);
    expect(regular.length).toBeLessThanOrEqual(18);
    const oldest = Date.parse(regular[regular.length - 1]!.createdAt);
    expect(clock.now().getTime() - oldest).toBeLessThan(366 * DAY);
    for (const b of kept) expect(quickCheck(b.file)).toBe('ok');
  }, 120_000);

  it('keeps only the newest daily backup of a day when several were made', async () => {
    const clock = manualClock(new Date(2025, 5, 1, 8, 0, 0));
    const store = await tempStore({ clock });
    for (let i = 0; i < 4; i++) {
      clock.advance(HOUR);
      await store.backups.create(store.db, 'daily');
    }
    expect(store.backups.list().map((b) => basename(b.file))).toEqual(['nianbao-20250601-120000-daily.db']);
  });
});
