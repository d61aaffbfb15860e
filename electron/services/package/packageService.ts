// 「导出报告包」 / 「导入报告包」: one report travels as one file between PCs. Import is two steps:
// the package is read and checked (nothing written) and what it holds is shown, with the report
// of the same unit and year already here if there is one; then it is added — new, as a copy, or
// over that report (kept as a version first) — in one transaction.
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renumberFindingId } from '../../../shared/checks/context';
import { AppError } from '../../../shared/errors';
import { reportChars } from '../../../shared/gongwen/zishu';
import type { PackageImportMode, PackagePreview } from '../../../shared/package';
import type { Report } from '../../../shared/types';
import type { VersionContent, VersionInfo } from '../../../shared/versions/content';
import { writeTransaction } from '../db/database';
import { settingsKey } from '../export/exportService';
import type { PlatformHooks } from '../export/platform';
import type { Store } from '../store';
import { PACKAGE_EXTENSION } from '../../../shared/package';
import { readPackage, type ReadPackage } from './readPackage';
import { writePackage, type PackOptions } from './writePackage';

/** Previews kept at once (each holds a whole package in memory). */
const MAX_PREVIEWS = 3;

const withExtension = (p: string) => (p.toLowerCase().endsWith(PACKAGE_EXTENSION) ? p : `${p}${PACKAGE_EXTENSION}`);

/** A package's sections get ids no section here can have (negative), so nothing is matched by an
 *  id that belonged to another PC; the same old id always gets the same new one. */
class IdSpace {
  private readonly map = new Map<number, number>();
  private next = -1;
  of(id: number): number {
    let mapped = this.map.get(id);
    if (mapped === undefined) {
      mapped = this.next--;
      this.map.set(id, mapped);
    }
    return mapped;
  }
}

function renumber(content: VersionContent, id: (old: number) => number): VersionContent {
  return {
    ...content,
    sections: content.sections.map((s) => ({ ...s, id: id(s.id), parentId: s.parentId === null ? null : id(s.parentId) })),
  };
}

export class PackageService {
  private readonly previews = new Map<string, { fileName: string; pkg: ReadPackage }>();
  /** Paths picked in the save dialog this session: with a desktop around, only these are written. */
  private readonly chosen = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly appVersion: string,
    private readonly platform?: PlatformHooks,
  ) {}

  /** The report of the same unit and year already here (the one edited last), if any. */
  private existing(pkg: ReadPackage) {
    return this.store.reports.ofUnitAndYear(pkg.report.unit.fullName, pkg.report.year)[0] ?? null;
  }

  preview(fileName: string, source: string | Uint8Array): PackagePreview {
    const pkg = readPackage(source, tmpdir());
    const previewId = randomUUID();
    this.previews.set(previewId, { fileName, pkg });
    while (this.previews.size > MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    const existing = this.existing(pkg);
    const { content } = pkg.report;
    return {
      previewId,
      fileName,
      unitName: pkg.report.unit.fullName,
      year: pkg.report.year,
      title: content.title,
      sectionCount: content.sections.length,
      chars: reportChars(content),
      versionCount: pkg.versions.length,
      exportedAt: pkg.manifest.createdAt,
      appVersion: pkg.manifest.appVersion,
      existing: existing && { reportId: existing.id, title: existing.title, updatedAt: existing.updatedAt },
    };
  }

  importPackage(previewId: string, mode: PackageImportMode): { report: Report; savedBefore: VersionInfo | null } {
    const entry = this.previews.get(previewId);
    if (!entry) throw new AppError('IMPORT_EXPIRED', '报告包的预览已失效，请重新选择文件。');
    const { pkg, fileName } = entry;
    const existing = this.existing(pkg);
    if (mode === 'new' && existing) {
      throw new AppError('CONFLICT', `本机已有「${pkg.report.unit.fullName}」${pkg.report.year}年度的报告，请选择「作为副本」或「替换」。`);
    }
    const { db, reports, versions, settings } = this.store;
    const ids = new IdSpace();
    const label = `导入报告包：${fileName}`.slice(0, 100);
    const result = writeTransaction(db, () => {
      const content = renumber(pkg.report.content, (id) => ids.of(id));
      let reportId: number;
      let savedBefore: VersionInfo | null = null;
      if (mode === 'replace' && existing) {
        reportId = existing.id;
        savedBefore = versions.save(reportId, 'package', '').version;
      } else {
        const unitHere = reports.listUnits().some((u) => u.fullName === pkg.report.unit.fullName);
        // A unit this PC knows keeps its own profile; a new one comes with the package's.
        const created = reports.create({
          unit: unitHere ? { fullName: pkg.report.unit.fullName, kind: pkg.report.unit.kind } : pkg.report.unit,
          year: pkg.report.year,
          templateId: pkg.report.templateId,
          templateVersion: pkg.report.templateVersion,
          ...content,
          sections: [],
        });
        reportId = created.id;
        if (!unitHere && pkg.report.exportSettings) settings.set(settingsKey(created.unitId), pkg.report.exportSettings);
      }
      const placed = versions.apply(reportId, content, label, 'import');
      const here = (old: number) => placed.get(ids.of(old)) ?? ids.of(old);
      reports.setIgnoredFindings(reportId, pkg.report.ignoredFindings.map((f) => renumberFindingId(f, (old) => placed.get(ids.of(old)))));
      for (const v of pkg.versions) versions.insert(reportId, v.kind, v.label, v.createdAt, renumber(v.content, here));
      return { reportId, savedBefore };
    });
    this.previews.delete(previewId);
    return { report: reports.open(result.reportId), savedBefore: result.savedBefore };
  }

  async choosePath(reportId: number): Promise<{ path: string } | { cancelled: true }> {
    if (!this.platform) throw new AppError('UNSUPPORTED', '此处无法打开保存对话框。命令行请用：nianbao pack <报告编号> --out 文件.nianbao');
    const report = this.store.reports.open(reportId);
    const name = `${report.unit.shortName || report.unit.fullName}${report.year}年度报告${PACKAGE_EXTENSION}`;
    const picked = await this.platform.chooseSavePath({ defaultPath: path.join(this.platform.defaultFolder(), name), kind: 'package' });
    if (picked === null || picked.trim() === '') return { cancelled: true };
    const target = path.resolve(withExtension(picked));
    this.chosen.add(target);
    return { path: target };
  }

  async exportPackage(reportId: number, target: string, options: Omit<PackOptions, 'appVersion'>): Promise<{ path: string; bytes: number; skipped: number }> {
    const full = path.resolve(withExtension(target));
    if (this.platform && !this.chosen.has(full)) throw new AppError('BAD_INPUT', '请先选择报告包的保存位置。');
    return writePackage(this.store, reportId, full, { ...options, appVersion: this.appVersion });
  }
}
