// 「恢复到此备份」 / restore-backup through the session: a good backup becomes the data file (the
// current one kept as a backup first, the store reopened, writes and search working); an older
// schema is migrated; a file held by another program is not swapped; and every committed hostile
// backup (≥ 10) is refused with its Chinese message while the data folder stays exactly as it was.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { handlerEnv } from '../../../../electron/services/api/handlers';
import { MIGRATIONS } from '../../../../electron/services/db/migrations';
import { openSession, type Session } from '../../../../electron/services/api/session';
import { seedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';
import { manualClock, tempDataDir } from '../../../helpers/tempDir';
import { dbFingerprint } from '../import/importHarness';
import { HOSTILE_BACKUP_DIR, HOSTILE_BACKUPS } from './hostileBackups';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function session(dataDir = tempDataDir('年报 恢复备份')) {
  const clock = manualClock();
  const s = await openSession({ dataDir, clock, awaitStartupBackup: true }, handlerEnv('test'));
  sessions.push(s);
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const res = await dispatch(s.handlers, name, input);
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
    return res.value as CallOutput<K>;
  };
  return { s, call, clock, dataDir };
}

/** What proves the folder was not touched: every file but SQLite's -shm read marks, every row. */
function fingerprint(s: Session) {
  const { files, rows } = dbFingerprint(s.store);
  return { files: Object.fromEntries(Object.entries(files).filter(([f]) => !f.endsWith('-shm'))), rows };
}

describe('restoring a backup', () => {
  it('puts a backup in place: the current data is backed up first, the app goes on on the restored file', async () => {
    const { s, call, clock } = await session();
    const a = storeReport(s.store, seedReport(0));
    const backup = await call('backupNow', {});
    clock.advance(60_000);
    const b = storeReport(s.store, seedReport(1));
    await call('saveSectionText', { id: b.sections[1]!.id, body: '备份之后写下的文字。' });
    const before = await call('listReports', {});
    expect(before).toHaveLength(2);

    const result = await call('restoreBackup', { file: backup.file });
    expect(result).toMatchObject({ restored: { file: backup.file, createdAt: backup.createdAt }, reports: 1, safety: { reason: 'manual' } });
    expect((await call('listReports', {})).map((r) => r.id)).toEqual([a.id]);
    // The data as it was just before is the safety backup: restoring it brings both reports back.
    const again = await call('restoreBackup', { file: result.safety.file });
    expect((await call('listReports', {})).map((r) => r.title).sort()).toEqual(before.map((r) => r.title).sort());
    expect(again.reports).toBe(2);
    // The reopened store writes and searches.
    await call('saveSectionText', { id: a.sections[1]!.id, body: '恢复之后继续写：持续深化行政执法体制改革。' });
    expect((await call('search', { query: '执法体制改革' })).map((h) => h.sectionId)).toContain(a.sections[1]!.id);
    expect(readdirSync(s.store.dataDir).filter((f) => f.startsWith('.restore-'))).toEqual([]);
  });

  it('a backup of an older schema is migrated after the restore', async () => {
    const { s, call, dataDir } = await session();
    // A file as the first released schema wrote it, holding one report.
    const old = path.join(dataDir, 'old-backup.db');
    const db = new Database(old);
    db.exec(MIGRATIONS[0]!);
    db.pragma('user_version = 1');
    db.exec(`INSERT INTO units (full_name, kind, created_at, updated_at) VALUES ('白沙镇人民政府', 'township', '2020-12-14', '2020-12-14');
      INSERT INTO reports (unit_id, year, title, created_at, updated_at) VALUES (1, 2020, '白沙镇2020年法治政府建设工作报告', '2020-12-14', '2020-12-14');
      INSERT INTO sections (report_id, position, level, title, body, updated_at) VALUES (1, 0, 1, '工作开展情况', '一是加强组织领导。', '2020-12-14');`);
    db.close();
    const latest = s.store.db.pragma('user_version', { simple: true });
    const result = await call('restoreBackup', { file: old });
    expect(result.reports).toBe(1);
    expect(s.store.db.pragma('user_version', { simple: true })).toBe(latest);
    expect((await call('listReports', {})).map((r) => r.title)).toEqual(['白沙镇2020年法治政府建设工作报告']);
  });

  it('refuses while another program holds the file, and changes nothing', async () => {
    const { s, call } = await session();
    storeReport(s.store, seedReport(0));
    const backup = await call('backupNow', {});
    const other = new Database(s.store.dbPath);
    other.prepare('SELECT count(*) FROM reports').get();
    try {
      const err = await call('restoreBackup', { file: backup.file }).catch((e: unknown) => e as { code: string; message: string });
      expect(err).toMatchObject({ code: 'DB_LOCKED', message: expect.stringContaining('正被其他程序') });
      expect(await call('listReports', {})).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it('refuses what cannot be committed — a huge file, a folder, a file gone by the time it is read — in moments', async () => {
    const { s, call } = await session();
    storeReport(s.store, seedReport(1));
    const usb = tempDataDir('U盘');
    const before = fingerprint(s);
    const refusal = (file: string) => call('restoreBackup', { file }).then(() => null, (e: unknown) => e as { code: string; message: string });
    // 3 GB that take no room (sparse): refused on its size, before a byte is copied.
    const huge = path.join(usb, '巨大的备份.db');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    expect(await refusal(huge)).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringContaining('超过 2048 MB 的上限') });
    const folder = path.join(usb, '文件夹.db');
    mkdirSync(folder);
    expect(await refusal(folder)).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringContaining('不是一个文件') });
    expect(await refusal(path.join(usb, '拔出的U盘', 'nianbao.db'))).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringContaining('U 盘已拔出') });
    expect(fingerprint(s)).toEqual(before);
  });

  it(`refuses each of the ${HOSTILE_BACKUPS.length} hostile backups with its message; the data folder is untouched`, async () => {
    const files = readdirSync(HOSTILE_BACKUP_DIR).filter((f) => f !== 'manifest.json').sort();
    expect(files).toEqual(HOSTILE_BACKUPS.map((c) => c.file).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
    const manifest = JSON.parse(readFileSync(path.join(HOSTILE_BACKUP_DIR, 'manifest.json'), 'utf8')) as Record<string, { message: string }>;
    const { s, call } = await session();
    storeReport(s.store, seedReport(3));
    await call('backupNow', {});
    const before = fingerprint(s);
    for (const file of files) {
      const err = await call('restoreBackup', { file: path.join(HOSTILE_BACKUP_DIR, file) }).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(err, file).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringContaining(manifest[file]!.message) });
    }
    expect(fingerprint(s)).toEqual(before);
  });
});
