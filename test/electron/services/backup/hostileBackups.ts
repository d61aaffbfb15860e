// The hostile-backup corpus: files 「恢复到此备份」 / `nianbao restore-backup` must refuse, each with
// the Chinese message it must give. Committed under test/fixtures/backup/hostile (written by
// writeHostileBackups.ts, listed in manifest.json). Each starts from a real backup of a real data
// file (seed 000 and a version, written by the app) and is broken in one way.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writePackage } from '../../../../electron/services/package/writePackage';
import { openStore } from '../../../../electron/services/store';
import { seedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';
import { edited, pagesOverwritten } from '../package/hostilePackages';
import { minimalDocx } from '../import/zipWriter';

export const HOSTILE_BACKUP_DIR = path.resolve(import.meta.dirname, '../../../fixtures/backup/hostile');

export interface BackupCorpusContext {
  /** A good backup holding one report. */
  good: Buffer;
  /** A good backup of an empty library. */
  empty: Buffer;
  /** A report package. */
  pkg: Buffer;
}

export interface HostileBackup {
  file: string;
  what: string;
  message: string;
  build: (ctx: BackupCorpusContext) => Buffer;
}

/** Statements on a copy of the good backup, with foreign keys off (so a dangling row can be made). */
const sql = (statements: string) => ({ good }: BackupCorpusContext) => edited(good, (db) => db.exec(`PRAGMA foreign_keys = OFF; ${statements}`));

export const HOSTILE_BACKUPS: HostileBackup[] = [
  { file: 'empty.db', what: '0 字节的文件', message: '文件是空的', build: () => Buffer.alloc(0) },
  { file: 'truncated.db', what: '复制到一半中断', message: '不完整', build: ({ good }) => good.subarray(0, Math.floor(good.length / 2) + 7) },
  { file: 'renamed-docx.db', what: '改了扩展名的 Word 文档', message: 'Word 文档或压缩文件', build: () => minimalDocx(['不是备份']) },
  { file: 'random-bytes.db', what: '随机字节', message: '内容无法识别', build: () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)) },
  {
    file: 'corrupt-pages.db',
    what: '文件头完好、数据页被覆盖',
    message: '已损坏',
    build: ({ good }) => pagesOverwritten(good, 8192, 0x3c),
  },
  { file: 'too-new.db', what: '更新版本的数据', message: '更新版本的年报助手', build: sql('PRAGMA user_version = 99') },
  { file: 'version-zero.db', what: '没有数据版本', message: '不是年报助手的备份', build: sql('PRAGMA user_version = 0') },
  { file: 'empty-library.db', what: '没有报告的备份', message: '没有任何报告', build: ({ empty }) => empty },
  {
    file: 'foreign.db',
    what: '别的程序的 SQLite 文件',
    message: '不是年报助手的备份',
    build: ({ good }) =>
      edited(good, (db) => {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sections_fts%'").all() as Array<{ name: string }>;
        db.exec('PRAGMA foreign_keys = OFF; DROP TABLE sections_fts;');
        for (const { name } of tables) db.exec(`DROP TABLE "${name}"`);
        db.exec('PRAGMA user_version = 0; CREATE TABLE contacts (name TEXT, phone TEXT)');
      }),
  },
  { file: 'package-renamed.db', what: '改名的报告包', message: '这是一个报告包', build: ({ pkg }) => pkg },
  {
    file: 'trigger.db',
    what: '带一个会删报告的触发器',
    message: '触发器',
    build: sql('CREATE TRIGGER wipe AFTER UPDATE ON sections BEGIN DELETE FROM reports; END;'),
  },
  {
    file: 'view-for-table.db',
    what: '用无穷递归的视图冒充 settings 表',
    message: '视图',
    build: sql(`DROP TABLE settings; CREATE VIEW settings AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x AS key, x AS value FROM c;`),
  },
  { file: 'extra-table.db', what: '多出一张表', message: '内部结构与年报助手的格式不符', build: sql('CREATE TABLE payload (x BLOB)') },
  { file: 'dropped-index.db', what: '少了一个索引', message: '内部结构与年报助手的格式不符', build: sql('DROP INDEX sections_report') },
  {
    file: 'huge-row.db',
    what: '一节正文超过 200 万字',
    message: '超长的内容',
    build: sql(`UPDATE sections SET body = printf('%.*c', 2000001, 'x') WHERE id = (SELECT min(id) FROM sections)`),
  },
  { file: 'blob-body.db', what: '正文存成二进制', message: '不是文字的内容', build: sql('UPDATE sections SET body = CAST(body AS BLOB)') },
  {
    file: 'dangling-section.db',
    what: '章节指向不存在的报告',
    message: '对不上',
    build: sql('UPDATE sections SET report_id = 999 WHERE id = (SELECT max(id) FROM sections)'),
  },
];

/** A good backup (seed 000 and one version), one of an empty library, and a report package. */
export async function makeBackupContext(): Promise<BackupCorpusContext> {
  const dataDir = mkdtempSync(path.join(tmpdir(), '年报 备份样本 '));
  try {
    let t = new Date(2025, 11, 10, 9, 0, 0).getTime();
    const clock = { now: () => new Date((t += 1000)) };
    const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
    try {
      const empty = readFileSync((await store.backups.create(store.db, 'manual')).file);
      const report = storeReport(store, seedReport(0));
      store.versions.save(report.id, 'manual', '送审稿');
      const good = readFileSync((await store.backups.create(store.db, 'manual')).file);
      const pkgFile = path.join(dataDir, 'p.nianbao');
      await writePackage(store, report.id, pkgFile, { withHistory: false, appVersion: '0.1.0' });
      return { good, empty, pkg: readFileSync(pkgFile) };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
