// The start-up probe must tell a damaged file from one it merely cannot read right now: only
// damage may lead to moving the file aside and restoring a backup.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore } from '../../../../electron/services/store';
import { repoRoot } from '../../../helpers/seedReports';
import { manualClock, tempDataDir } from '../../../helpers/tempDir';
import { bodiesIn, rejection, seedReport, sha256 } from './dbFiles';

/** A closed folder with a report, many revision rows, and a start-up backup. */
async function folder(text: string) {
  const clock = manualClock();
  const dataDir = tempDataDir();
  const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
  const { sectionId } = seedReport(store, text);
  const insert = store.db.prepare("INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, 'autosave', 't', ?, '', '')");
  store.db.transaction(() => {
    for (let i = 0; i < 300; i++) insert.run(sectionId, `第${i}稿`.repeat(100));
  })();
  await store.close();
  return { clock, dataDir, dbPath: join(dataDir, DB_FILE) };
}

describe('a database another program holds locked', () => {
  it('is refused as locked — not taken for corrupt, not moved aside — and opens once released', async () => {
    const { clock, dataDir, dbPath } = await folder('被锁住时的正文');
    const holder = new Database(dbPath);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    holder.prepare("UPDATE sections SET title = '另一个程序正在写' WHERE id = 1").run();
    try {
      const hash = sha256(dbPath);
      const err = await rejection(openStore({ dataDir, clock }));
      expect(err.code).toBe('DB_LOCKED');
      expect(err.message).toContain('占用');
      expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
      expect(sha256(dbPath)).toBe(hash);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const store = await openStore({ dataDir, clock });
    expect(store.recovery).toBeNull();
    expect(store.sections.get(1).body).toBe('被锁住时的正文');
    await store.close();
  });
});

describe('a hot rollback journal left by a crash', () => {
  it('is rolled back to the last commit, not taken for corruption', async () => {
    const { clock, dataDir, dbPath } = await folder('最后一次提交的正文');
    // A writer in rollback-journal mode (as every file is for a moment on its very first start,
    // before WAL is switched on) killed in the middle of a transaction that already spilled
    // changed pages into the main file.
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.pragma('journal_mode = DELETE');
      db.pragma('cache_size = 2');
      db.exec('BEGIN');
      const st = db.prepare('UPDATE revisions SET body = ? WHERE id = ?');
      for (let i = 1; i <= 300; i++) st.run('未提交的改动'.repeat(150), i);
      db.prepare("UPDATE sections SET body = '未提交的正文' WHERE id = 1").run();
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['-e', script, dbPath], { cwd: repoRoot, encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(existsSync(`${dbPath}-journal`)).toBe(true);
    expect(() => new Database(dbPath, { readonly: true }).pragma('quick_check')).toThrow(/readonly/);

    const store = await openStore({ dataDir, clock });
    try {
      expect(store.recovery).toBeNull();
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.sections.get(1).body).toBe('最后一次提交的正文');
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      await store.close();
    }
    expect(existsSync(`${dbPath}-journal`)).toBe(false);
    expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
    expect(bodiesIn(dbPath)).toEqual(['最后一次提交的正文']);
  });
});

describe('something that is not a file where the database should be', () => {
  it('a folder with the database name is reported as unreadable and left alone', async () => {
    const { clock, dataDir, dbPath } = await folder('正文');
    rmSync(dbPath);
    mkdirSync(dbPath);
    const err = await rejection(openStore({ dataDir, clock }));
    expect(err.code).toBe('IO_ERROR');
    expect(err.message).toContain(dbPath);
    expect(readdirSync(dataDir).sort()).toEqual([DB_FILE]);
  });
});
