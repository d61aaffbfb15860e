// The hostile-package corpus: .nianbao files an import must refuse, each with the Chinese message
// it must give. Committed under test/fixtures/package/hostile (written by writeHostilePackages.ts,
// listed in manifest.json); the one over the size limit is made at test time (a sparse file).
// Every case starts from a real package of a real report (seed 000) written by the app's writer,
// then is broken in one way; where a deeper check is the target, the checksum is made right again
// so the file gets that far.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageChecksum, type VersionRow } from '../../../../electron/services/package/format';
import { buildZip, minimalDocx } from '../import/zipWriter';

export const HOSTILE_PACKAGE_DIR = path.resolve(import.meta.dirname, '../../../fixtures/package/hostile');

export interface PackageCorpusContext {
  /** A valid package of seed 000 with two versions. */
  valid: Buffer;
  /** A real data file (a backup) of the app. */
  backup: Buffer;
}

export interface HostilePackage {
  file: string;
  what: string;
  /** A piece of the Chinese message the refusal must carry. */
  message: string;
  build: (ctx: PackageCorpusContext) => Buffer;
}

/** A copy of a SQLite file whose header and first pages are intact and every byte from `offset` on is `fill`. */
export function pagesOverwritten(bytes: Buffer, offset: number, fill: number): Buffer {
  return Buffer.from(bytes).fill(fill, offset);
}

/** Runs `change` on a writable copy of `bytes` and returns the file after it. */
export function edited(bytes: Buffer, change: (db: Database.Database) => void): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), '年报 报告包 '));
  const file = path.join(dir, 'p.nianbao');
  try {
    writeFileSync(file, bytes);
    const db = new Database(file);
    try {
      change(db);
    } finally {
      db.close();
    }
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Makes the manifest's checksum match the (changed) documents again. */
export function rechecksum(db: Database.Database): void {
  const report = db.prepare('SELECT data FROM report').get() as { data: string } | undefined;
  const rows = db.prepare('SELECT created_at, kind, label, data FROM versions ORDER BY id').all() as VersionRow[];
  db.prepare("UPDATE manifest SET value = ? WHERE key = 'checksum'").run(packageChecksum(String(report?.data ?? ''), rows));
}

const sql = (statements: string, fixChecksum = false) => (ctx: PackageCorpusContext) =>
  edited(ctx.valid, (db) => {
    db.exec(statements);
    if (fixChecksum) rechecksum(db);
  });

/** The report document of the valid package, changed by `f`, with a matching checksum. */
const reportDoc = (f: (doc: Record<string, unknown>) => unknown) => (ctx: PackageCorpusContext) =>
  edited(ctx.valid, (db) => {
    const doc = JSON.parse((db.prepare('SELECT data FROM report').get() as { data: string }).data) as Record<string, unknown>;
    db.prepare('UPDATE report SET data = ?').run(JSON.stringify(f(doc)));
    rechecksum(db);
  });

function pseudoRandom(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a * 1664525 + 1013904223) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

export const HOSTILE_PACKAGES: HostilePackage[] = [
  { file: 'empty.nianbao', what: '0 字节的文件', message: '文件是空的', build: () => Buffer.alloc(0) },
  { file: 'truncated-half.nianbao', what: '复制到一半中断', message: '不完整', build: ({ valid }) => valid.subarray(0, Math.floor(valid.length / 2) + 100) },
  { file: 'truncated-page.nianbao', what: '少了最后一页（长度仍是整页）', message: '不完整', build: ({ valid }) => valid.subarray(0, valid.length - 4096) },
  { file: 'renamed-docx.nianbao', what: '改了扩展名的 Word 文档', message: 'Word 文档或压缩文件', build: () => minimalDocx(['法治政府建设年度报告']) },
  {
    file: 'zip-bomb.nianbao',
    what: '改名的压缩炸弹（声明 4 GB 的条目）',
    message: 'Word 文档或压缩文件',
    build: () => buildZip([{ name: 'report.json', data: Buffer.alloc(1024 * 1024, 0x20), declaredSize: 0xfffffffe }]),
  },
  {
    file: 'zip-traversal.nianbao',
    what: '条目名带路径穿越的压缩文件',
    message: 'Word 文档或压缩文件',
    build: () => buildZip([{ name: '../../../AppData/Roaming/年报助手/nianbao.db', data: Buffer.from('x') }]),
  },
  { file: 'renamed-pdf.nianbao', what: '改了扩展名的 PDF', message: 'PDF 文件', build: () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n') },
  { file: 'renamed-text.nianbao', what: '改了扩展名的文本', message: '内容无法识别', build: () => Buffer.from('盘龙彝族乡人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n', 'utf8') },
  { file: 'random-bytes.nianbao', what: '随机字节', message: '内容无法识别', build: () => pseudoRandom(65536, 14) },
  {
    file: 'corrupt-pages.nianbao',
    what: '文件头完好、数据页被覆盖',
    message: '已损坏',
    build: ({ valid }) => pagesOverwritten(valid, 4096, 0x5a),
  },
  { file: 'newer-format.nianbao', what: '更新的格式版本', message: '更新版本的年报助手', build: sql('PRAGMA user_version = 2') },
  { file: 'no-format.nianbao', what: '没有格式版本', message: '没有格式版本', build: sql('PRAGMA user_version = 0') },
  { file: 'backup-renamed.nianbao', what: '改名的备份（数据文件）', message: '数据文件或备份', build: ({ backup }) => backup },
  {
    file: 'foreign-sqlite.nianbao',
    what: '别的程序的 SQLite 文件',
    message: '别的程序的数据库',
    build: ({ valid }) => edited(valid, (db) => db.exec('PRAGMA application_id = 0; DROP TABLE versions; DROP TABLE report; DROP TABLE manifest; CREATE TABLE contacts (name TEXT, phone TEXT)')),
  },
  {
    file: 'trigger.nianbao',
    what: '带触发器',
    message: '触发器',
    build: sql('CREATE TRIGGER wipe AFTER INSERT ON versions BEGIN DELETE FROM report; END;'),
  },
  {
    file: 'view-for-table.nianbao',
    what: '用无穷递归的视图冒充 versions 表',
    message: '视图',
    build: sql(
      `DROP TABLE versions;
       CREATE VIEW versions AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
         SELECT x AS id, '' AS created_at, '' AS kind, '' AS label, '' AS data FROM c;`,
    ),
  },
  { file: 'extra-table.nianbao', what: '多出一张表', message: '内部结构与年报助手的格式不符', build: sql('CREATE TABLE payload (x BLOB)') },
  { file: 'missing-table.nianbao', what: '少了 versions 表', message: '内部结构与年报助手的格式不符', build: sql('DROP TABLE versions') },
  {
    file: 'altered-table.nianbao',
    what: 'report 表的结构被改',
    message: '内部结构与年报助手的格式不符',
    build: sql('ALTER TABLE report ADD COLUMN extra TEXT'),
  },
  { file: 'extra-index.nianbao', what: '多出一个索引', message: '内部结构与年报助手的格式不符', build: sql('CREATE INDEX versions_label ON versions(label)') },
  { file: 'huge-row.nianbao', what: '800 万字以上的一行', message: '超长的内容', build: sql(`UPDATE report SET data = printf('%.*c', 8000001, 'x')`, true) },
  { file: 'blob-data.nianbao', what: '文档存成二进制', message: '不是文字的内容', build: sql('UPDATE report SET data = CAST(data AS BLOB)', true) },
  { file: 'no-report.nianbao', what: '没有报告行', message: '没有报告内容', build: sql('DELETE FROM report', true) },
  {
    file: 'too-many-versions.nianbao',
    what: '2001 个版本',
    message: '超过 2000 个',
    build: sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2001)
       INSERT INTO versions (created_at, kind, label, data) SELECT '2025-01-01T00:00:00.000Z', 'manual', '', '{}' FROM n;`,
      true,
    ),
  },
  { file: 'edited-text.nianbao', what: '内容被改、校验码未改', message: '校验码不符', build: sql(`UPDATE report SET data = replace(data, '法治', '人治')`) },
  { file: 'no-checksum.nianbao', what: '没有校验码', message: '缺少校验码', build: sql(`DELETE FROM manifest WHERE key = 'checksum'`) },
  { file: 'wrong-format-name.nianbao', what: '格式名不对', message: '缺少格式说明', build: sql(`UPDATE manifest SET value = 'other-app' WHERE key = 'format'`) },
  { file: 'bad-json.nianbao', what: '报告文档不是 JSON', message: '不是有效的数据', build: sql(`UPDATE report SET data = '{"unit": {"fullName": '`, true) },
  { file: 'no-unit.nianbao', what: '报告文档缺单位', message: '格式不对', build: reportDoc(({ unit: _unit, ...rest }) => rest) },
  { file: 'year-out-of-range.nianbao', what: '年度 99999', message: '格式不对', build: reportDoc((doc) => ({ ...doc, year: 99999 })) },
  {
    file: 'section-loop.nianbao',
    what: '章节的上级排在它后面（环）',
    message: '格式不对',
    build: reportDoc((doc) => {
      const content = doc['content'] as { sections: Array<{ id: number; parentId: number | null }> };
      const [first, second] = content.sections;
      if (first && second) first.parentId = second.id;
      return doc;
    }),
  },
  {
    file: 'too-many-sections.nianbao',
    what: '3000 个章节',
    message: '格式不对',
    build: reportDoc((doc) => {
      const content = doc['content'] as { sections: unknown[] };
      const one = content.sections[0] as Record<string, unknown>;
      content.sections = Array.from({ length: 3000 }, (_, i) => ({ ...one, id: i + 1, parentId: null, position: i }));
      return doc;
    }),
  },
  {
    file: 'bad-version.nianbao',
    what: '版本文档的章节缺字段',
    message: '格式不对',
    build: sql(`UPDATE versions SET data = '{"title":"t","addressee":"","opening":"","closing":"","signatureName":"","signatureDate":"","sections":[{"id":1}]}'`, true),
  },
];
