// Reading a .nianbao package: an untrusted file. Through the defensive SQLite reader (private
// copy, read-only, integrity, exact schema), then the manifest, the row sizes, the checksum, and
// every document through the restore layer. Any refusal names what is wrong, in Chinese.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { parsePackageReport, parsePackageVersion, type PackageReport, type PackageVersion } from '../db/rowMappers';
import { checkSchema, expectedSchema, openChecked, privateCopy, type UntrustedKind } from '../db/untrusted';
import type { Db } from '../db/database';
import { MAX_PACKAGE_BYTES } from '../../../shared/package';
import {
  MAX_DOCUMENT_CHARS,
  MAX_PACKAGE_VERSIONS,
  PACKAGE_APP_ID,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_NAME,
  createPackageSchema,
  packageChecksum,
  type VersionRow,
} from './format';

export const PACKAGE_KIND: UntrustedKind = { code: 'PACKAGE_INVALID', noun: '报告包', maxBytes: MAX_PACKAGE_BYTES };

export interface ReadPackage {
  manifest: { appVersion: string; createdAt: string; withHistory: boolean };
  report: PackageReport;
  versions: PackageVersion[];
}

const refuse = (message: string): never => {
  throw new AppError('PACKAGE_INVALID', message);
};

let expected: ReturnType<typeof expectedSchema> | null = null;

function checkKind(db: Db): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const format = db.pragma('user_version', { simple: true }) as number;
  if (appId !== PACKAGE_APP_ID) {
    const isData = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('reports', 'sections')").get() as { n: number }).n === 2;
    refuse(
      isData
        ? '这是年报助手的数据文件或备份，不是报告包。要用备份恢复全部数据，请在「数据与备份」中选择「恢复到此备份」。'
        : '该文件不是年报助手的报告包（它是别的程序的数据库文件）。',
    );
  }
  if (format > PACKAGE_FORMAT) refuse(`该报告包由更新版本的年报助手导出（格式 ${format}，本程序能读取到格式 ${PACKAGE_FORMAT}），请先安装最新版本再导入。`);
  if (format < 1) refuse('该报告包没有格式版本，不完整或不是年报助手写出的文件。');
}

function checkSizes(db: Db): void {
  const odd = db
    .prepare(
      `SELECT
         (SELECT count(*) FROM versions) AS versions,
         (SELECT count(*) FROM report) AS reports,
         (SELECT coalesce(max(length(data)), 0) FROM report) AS reportChars,
         (SELECT coalesce(max(length(data) + length(label) + length(kind) + length(created_at)), 0) FROM versions) AS versionChars,
         (SELECT coalesce(max(length(key) + length(value)), 0) FROM manifest) AS manifestChars,
         (SELECT count(*) FROM report WHERE typeof(data) <> 'text')
           + (SELECT count(*) FROM versions WHERE typeof(data) <> 'text' OR typeof(label) <> 'text' OR typeof(kind) <> 'text' OR typeof(created_at) <> 'text')
           + (SELECT count(*) FROM manifest WHERE typeof(key) <> 'text' OR typeof(value) <> 'text') AS notText`,
    )
    .get() as { versions: number; reports: number; reportChars: number; versionChars: number; manifestChars: number; notText: number };
  if (odd.reports !== 1) refuse('该报告包里没有报告内容，不完整或不是年报助手写出的文件。');
  if (odd.versions > MAX_PACKAGE_VERSIONS) refuse(`该报告包含有 ${odd.versions} 个版本，超过 ${MAX_PACKAGE_VERSIONS} 个的上限，已拒绝。`);
  if (odd.notText > 0) refuse('该报告包中有不是文字的内容，不是年报助手写出的文件，已拒绝。');
  if (odd.reportChars > MAX_DOCUMENT_CHARS || odd.versionChars > MAX_DOCUMENT_CHARS || odd.manifestChars > 10_000) {
    refuse('该报告包中有超长的内容（远超一份报告可能的长度），可能是恶意构造的文件，已拒绝。');
  }
}

function readManifest(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT key, value FROM manifest').all() as Array<{ key: string; value: string }>;
  const manifest = new Map(rows.map((r) => [r.key, r.value]));
  if (manifest.get('format') !== PACKAGE_FORMAT_NAME) refuse('该报告包缺少格式说明，不完整或不是年报助手写出的文件。');
  if (!/^[0-9a-f]{64}$/.test(manifest.get('checksum') ?? '')) refuse('该报告包缺少校验码，不完整或不是年报助手写出的文件。');
  return manifest;
}

/** Reads and checks a package from a path or its bytes; `scratchDir` holds the private copy briefly. */
export function readPackage(source: string | Uint8Array, scratchDir: string): ReadPackage {
  try {
    return readChecked(source, scratchDir);
  } catch (err) {
    // Every refusal ends by saying nothing was written.
    if (err instanceof AppError && err.code === 'PACKAGE_INVALID') throw new AppError('PACKAGE_INVALID', `${err.message}本机的数据没有任何改动。`);
    throw err;
  }
}

function readChecked(source: string | Uint8Array, scratchDir: string): ReadPackage {
  const scratch = join(scratchDir, `.package-${randomBytes(6).toString('hex')}.tmp`);
  privateCopy(source, scratch, PACKAGE_KIND);
  let db: Db | null = null;
  try {
    db = openChecked(scratch, PACKAGE_KIND);
    checkKind(db);
    expected ??= expectedSchema(createPackageSchema);
    checkSchema(db, expected, PACKAGE_KIND);
    checkSizes(db);
    const manifest = readManifest(db);
    const report = (db.prepare('SELECT data FROM report WHERE id = 1').get() as { data: string }).data;
    const rows = db.prepare('SELECT created_at, kind, label, data FROM versions ORDER BY id').all() as VersionRow[];
    if (packageChecksum(report, rows) !== manifest.get('checksum')) {
      refuse('报告包的内容与校验码不符：文件可能在复制过程中损坏，或被其他程序改动过。请从原来的电脑重新导出一份。');
    }
    return {
      manifest: {
        appVersion: manifest.get('appVersion') ?? '',
        createdAt: manifest.get('createdAt') ?? '',
        withHistory: manifest.get('withHistory') === '1',
      },
      report: parsePackageReport(report),
      versions: rows.map(parsePackageVersion),
    };
  } finally {
    db?.close();
    rmSync(scratch, { force: true });
  }
}
