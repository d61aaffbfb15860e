// The export calls of the API: preview, choosing where, writing, the unit's format settings and
// the folder used last. Electron-free; the save dialog and the file manager come in as hooks.
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { defaultExportFileName } from '../../../shared/export/fileName';
import { countPages } from '../../../shared/export/layout/layout';
import { buildExportModel } from '../../../shared/export/model';
import { previewOutline, type ExportPreview, type FontCheck } from '../../../shared/export/preview';
import { reportChars } from '../../../shared/gongwen/zishu';
import {
  exportFontNames,
  exportSettingsSchema,
  parseExportSettings,
  type ExportSettings,
  type ExportSettingsInput,
} from '../../../shared/export/settings';
import type { Store } from '../store';
import { exportReportToFile, withDocxExtension } from './exportReport';
import { checkFonts } from './fonts';
import type { PlatformHooks } from './platform';
import type { AtomicWriteOptions } from './writeFile';

export const LAST_FOLDER_KEY = 'export.lastFolder';
export const settingsKey = (unitId: number) => `export.settings.${unitId}`;

export interface ExportResult {
  path: string;
  bytes: number;
  /** Set when the file was written but its snapshot could not be kept (the file is fine). */
  warning: string | null;
}

export interface ExportServiceOptions {
  fontCheck?: (names: string[]) => Promise<FontCheck>;
  write?: AtomicWriteOptions;
}

const isDir = (dir: string): boolean => {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

const NO_DIALOG = '此处无法打开保存对话框。命令行导出请用 --out 指定文件，例如：nianbao export 1 --out 报告.docx';

export class ExportService {
  /** Paths the user picked in the save dialog this session. With a desktop around, only these may
   *  be written or shown: the page cannot make the app overwrite a file the user did not choose. */
  private readonly chosen = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly platform?: PlatformHooks,
    private readonly options: ExportServiceOptions = {},
  ) {}

  private unitExists(unitId: number): boolean {
    return this.store.reports.listUnits().some((u) => u.id === unitId);
  }

  settingsFor(unitId: number): ExportSettings {
    return this.store.settings.get(settingsKey(unitId), exportSettingsSchema, parseExportSettings({}));
  }

  saveSettings(unitId: number, input: ExportSettingsInput): ExportSettings {
    if (!this.unitExists(unitId)) throw new AppError('NOT_FOUND', '没有找到该单位，可能已被删除。');
    const settings = parseExportSettings(input);
    this.store.settings.set(settingsKey(unitId), settings);
    return settings;
  }

  /** The folder of the last export, when it is still there (a USB stick may be gone). */
  lastFolder(): string | null {
    const dir = this.store.settings.get<string | null>(LAST_FOLDER_KEY, z.string().nullable(), null);
    return dir && isDir(dir) ? dir : null;
  }

  async preview(reportId: number): Promise<ExportPreview> {
    const report = this.store.reports.open(reportId);
    const settings = this.settingsFor(report.unitId);
    const fontNames = exportFontNames(settings);
    const fonts = await (this.options.fontCheck ?? checkFonts)(fontNames);
    if (!fonts.checked && fonts.detail) console.warn(`[export] font check not possible: ${fonts.detail}`);
    return {
      reportId,
      unitId: report.unitId,
      outline: previewOutline(report),
      totalChars: reportChars(report),
      pageCount: countPages(buildExportModel(report, settings), settings),
      fonts,
      fontNames,
      defaultFileName: defaultExportFileName(report),
      lastFolder: this.lastFolder(),
      settings,
    };
  }

  async choosePath(reportId: number): Promise<{ path: string } | { cancelled: true }> {
    if (!this.platform) throw new AppError('UNSUPPORTED', NO_DIALOG);
    const report = this.store.reports.open(reportId);
    const folder = this.lastFolder() ?? this.platform.defaultFolder();
    const picked = await this.platform.chooseSavePath({ defaultPath: path.join(folder, defaultExportFileName(report)) });
    if (picked === null || picked.trim() === '') return { cancelled: true };
    const target = path.resolve(withDocxExtension(picked));
    this.chosen.add(target);
    return { path: target };
  }

  async exportReport(reportId: number, target: string): Promise<ExportResult> {
    const full = path.resolve(withDocxExtension(target));
    if (this.platform && !this.chosen.has(full)) {
      throw new AppError('BAD_INPUT', '请先通过「选择位置并导出」选择保存位置。');
    }
    const report = this.store.reports.open(reportId);
    const settings = this.settingsFor(report.unitId);
    const written = await exportReportToFile(report, settings, full, this.options.write);
    // The folder the user picked in the dialog is offered next time; a CLI --out is not a choice of theirs.
    if (this.platform) this.store.settings.set(LAST_FOLDER_KEY, path.dirname(written.path));
    let warning: string | null = null;
    try {
      this.store.versions.save(report.id, 'export', `导出：${path.basename(written.path)}`);
    } catch (err) {
      console.error('[export] snapshot after export failed:', err);
      warning = '文件已导出，但未能在「历史版本」中留下导出时的版本（数据文件无法写入）。';
    }
    return { ...written, warning };
  }

  showInFolder(target: string): void {
    if (!this.platform) throw new AppError('UNSUPPORTED', '此处无法打开文件夹。');
    const full = path.resolve(target);
    if (!this.chosen.has(full)) throw new AppError('BAD_INPUT', '只能打开本次导出的文件所在的文件夹。');
    this.platform.showInFolder(full);
  }
}
