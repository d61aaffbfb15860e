// Writing a .nianbao package of one report: built as a SQLite file in the system's temp folder,
// then written to the chosen place atomically (a failed write to a USB stick leaves no half file).
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSettingsSchema, type ExportSettings } from '../../../shared/export/settings';
import { versionContentOf } from '../../../shared/versions/content';
import { writeTransaction } from '../db/database';
import type { PackageReport, PackageVersion } from '../db/rowMappers';
import { settingsKey } from '../export/exportService';
import { writeFileAtomic, type AtomicWriteOptions } from '../export/writeFile';
import type { Store } from '../store';
import { PACKAGE_FORMAT_NAME, createPackageSchema, packageChecksum, type VersionRow } from './format';

export interface PackOptions {
  withHistory: boolean;
  appVersion: string;
  write?: AtomicWriteOptions;
}

/** The report as a package document. */
export function packageReportOf(store: Store, reportId: number): PackageReport {
  const report = store.reports.open(reportId);
  const exportSettings = store.settings.get<ExportSettings | null>(settingsKey(report.unitId), exportSettingsSchema.nullable(), null);
  const { id: _id, ...unit } = report.unit;
  return {
    unit,
    year: report.year,
    templateId: report.templateId,
    templateVersion: report.templateVersion,
    ignoredFindings: report.ignoredFindings ?? [],
    exportSettings,
    content: versionContentOf(report),
  };
}

/** Every version that can still be read, oldest first (a damaged one is left out, not fatal). */
export function packageVersionsOf(store: Store, reportId: number): { versions: PackageVersion[]; skipped: number } {
  const versions: PackageVersion[] = [];
  let skipped = 0;
  for (const info of [...store.versions.list(reportId)].reverse()) {
    try {
      const { content } = store.versions.open(info.id);
      versions.push({ createdAt: info.createdAt, kind: info.kind, label: info.label, content });
    } catch {
      skipped++;
    }
  }
  return { versions, skipped };
}

export async function writePackage(store: Store, reportId: number, target: string, options: PackOptions): Promise<{ path: string; bytes: number; skipped: number }> {
  const report = JSON.stringify(packageReportOf(store, reportId));
  const { versions, skipped } = options.withHistory ? packageVersionsOf(store, reportId) : { versions: [], skipped: 0 };
  const rows: VersionRow[] = versions.map((v) => ({ created_at: v.createdAt, kind: v.kind, label: v.label, data: JSON.stringify(v.content) }));
  const file = join(tmpdir(), `nianbao-pack-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const db = new Database(file);
    try {
      createPackageSchema(db);
      writeTransaction(db, () => {
        db.prepare('INSERT INTO report (id, data) VALUES (1, ?)').run(report);
        const insert = db.prepare('INSERT INTO versions (created_at, kind, label, data) VALUES (?, ?, ?, ?)');
        for (const r of rows) insert.run(r.created_at, r.kind, r.label, r.data);
        const manifest = db.prepare('INSERT INTO manifest (key, value) VALUES (?, ?)');
        for (const [key, value] of Object.entries({
          format: PACKAGE_FORMAT_NAME,
          appVersion: options.appVersion,
          createdAt: store.clock.now().toISOString(),
          withHistory: options.withHistory ? '1' : '0',
          checksum: packageChecksum(report, rows),
        })) {
          manifest.run(key, value);
        }
      });
    } finally {
      db.close();
    }
    const written = await writeFileAtomic(target, readFileSync(file), options.write);
    return { ...written, skipped };
  } finally {
    rmSync(file, { force: true });
  }
}
