// The export calls of the API: preview, choosing where, writing the .docx or the PDF of the print
// preview, printing, opening what was written, the unit's format settings and the folder used
// last. Electron-free; the save dialog, the file manager and the printer come in as hooks.
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { defaultExportFileName } from '../../../shared/export/fileName';
import { countPages } from '../../../shared/export/layout/layout';
import { buildExportModel } from '../../../shared/export/model';
import type { UnsavedEdits as UnsavedText } from '../../../shared/api';
import { hasUnsaved, withUnsavedText } from '../../../shared/export/unsaved';
import { previewOutline, type ExportPreview, type FontCheck } from '../../../shared/export/preview';
import { fontSubstitutes, previewFontCandidates } from '../../../shared/export/previewFonts';
import { reportChars } from '../../../shared/gongwen/zishu';
import { exportSettingsSchema, parseExportSettings, type ExportSettings, type ExportSettingsInput } from '../../../shared/export/settings';
import { exportFontNames } from '../../../shared/export/exportDefaults';
import type { Store } from '../store';
import { exportReportToFile, withExtension } from './exportReport';
import { checkFonts, fontKey } from './fonts';
import type { ExportFormat, PlatformHooks } from './platform';
import { writeFileAtomic, type AtomicWriteOptions } from './writeFile';

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

  async preview(reportId: number, keepEmpty = false, unsaved?: UnsavedText): Promise<ExportPreview> {
    const report = withUnsavedText(this.store.reports.open(reportId), unsaved);
    const settings = this.settingsFor(report.unitId);
    const fontNames = exportFontNames(settings);
    // One look at the installed fonts answers both questions: which of the file's fonts this PC
    // lacks, and what the preview draws instead.
    const checked = await (this.options.fontCheck ?? checkFonts)(previewFontCandidates(settings));
    if (!checked.checked && checked.detail) console.warn(`[export] font check not possible: ${checked.detail}`);
    const lacking = new Set(checked.missing.map(fontKey));
    const fonts: FontCheck = { ...checked, missing: fontNames.filter((name) => lacking.has(fontKey(name))) };
    const model = buildExportModel(report, settings, { keepEmpty });
    return {
      reportId,
      unitId: report.unitId,
      outline: previewOutline(report, keepEmpty),
      totalChars: reportChars(report),
      pageCount: countPages(model, settings),
      fonts,
      fontNames,
      fontSubstitutes: checked.checked ? fontSubstitutes(settings, (name) => !lacking.has(fontKey(name))) : [],
      emptyParts: model.emptyParts,
      defaultFileName: defaultExportFileName(report),
      lastFolder: this.lastFolder(),
      settings,
    };
  }

  async choosePath(reportId: number, format: ExportFormat = 'docx'): Promise<{ path: string } | { cancelled: true }> {
    if (!this.platform) throw new AppError('UNSUPPORTED', NO_DIALOG);
    const report = this.store.reports.open(reportId);
    const folder = this.lastFolder() ?? this.platform.defaultFolder();
    const picked = await this.platform.chooseSavePath({ defaultPath: path.join(folder, defaultExportFileName(report, format)), kind: format });
    if (picked === null || picked.trim() === '') return { cancelled: true };
    const target = path.resolve(withExtension(picked, format));
    this.chosen.add(target);
    return { path: target };
  }

  /** The path to write: in the app only one the user chose in the save dialog. */
  private target(target: string, format: ExportFormat): string {
    const full = path.resolve(withExtension(target, format));
    if (this.platform && !this.chosen.has(full)) {
      throw new AppError('BAD_INPUT', '请先通过「选择位置并导出」选择保存位置。');
    }
    return full;
  }

  /** The folder the user picked in the dialog is offered next time; a CLI --out is not a choice of theirs. */
  private remember(written: string): void {
    if (this.platform && !this.store.readOnly) this.store.settings.set(LAST_FOLDER_KEY, path.dirname(written));
  }

  /** `unsaved`: the editor's text the medium refused to save; the file has it, the data file not. */
  async exportReport(reportId: number, target: string, keepEmpty = false, unsaved?: UnsavedText): Promise<ExportResult> {
    const full = this.target(target, 'docx');
    const report = withUnsavedText(this.store.reports.open(reportId), unsaved);
    const settings = this.settingsFor(report.unitId);
    const written = await exportReportToFile(report, settings, full, this.options.write, { keepEmpty });
    this.remember(written.path);
    let warning: string | null = null;
    // A read-only data folder keeps no snapshot; the export itself is what the user asked for. Nor
    // does a file with unsaved text: the snapshot would be of the stored text, not of the file.
    try {
      if (!this.store.readOnly && !hasUnsaved(unsaved)) this.store.versions.save(report.id, 'export', `导出：${path.basename(written.path)}`);
    } catch (err) {
      console.error('[export] snapshot after export failed:', err);
      // The data's medium turned read-only or full: the app says so and stops editing.
      this.store.noteWriteFailure(err);
      warning = '文件已导出，但未能在「历史版本」中留下导出时的版本（数据文件无法写入）。';
    }
    return { ...written, warning };
  }

  /** The print preview on screen as a PDF, written atomically like the .docx. */
  async exportPdf(reportId: number, target: string): Promise<{ path: string; bytes: number }> {
    const platform = this.platform;
    if (!platform?.printToPdf) throw new AppError('UNSUPPORTED', '此处无法直接导出 PDF：请在打印对话框中选择「另存为 PDF」。');
    const full = this.target(target, 'pdf');
    this.store.reports.open(reportId);
    let data: Uint8Array;
    try {
      data = await platform.printToPdf();
    } catch (err) {
      throw Object.assign(new AppError('IO_ERROR', '未能生成 PDF，请关闭打印预览后重试。原有文件未受影响。'), { cause: err });
    }
    const written = await writeFileAtomic(full, data, this.options.write);
    this.remember(written.path);
    return written;
  }

  /** The system print dialog for the print preview on screen. */
  async printPages(): Promise<{ printed: boolean }> {
    const platform = this.platform;
    if (!platform?.print) throw new AppError('UNSUPPORTED', '此处无法直接打印：请用浏览器的打印功能。');
    try {
      return { printed: await platform.print() };
    } catch (err) {
      throw Object.assign(new AppError('IO_ERROR', `未能打印：${err instanceof Error ? err.message : String(err)}。请检查打印机后重试。`), { cause: err });
    }
  }

  showInFolder(target: string): void {
    if (!this.platform) throw new AppError('UNSUPPORTED', '此处无法打开文件夹。');
    this.platform.showInFolder(this.exported(target, '只能打开本次导出的文件所在的文件夹。'));
  }

  async openExportedFile(target: string): Promise<void> {
    if (!this.platform) throw new AppError('UNSUPPORTED', '此处无法打开文件。');
    const full = this.exported(target, '只能打开本次导出的文件。');
    try {
      await this.platform.openFile(full);
    } catch (err) {
      const reason = err instanceof Error && err.message ? `（${err.message}）` : '';
      throw Object.assign(new AppError('IO_ERROR', `未能打开文件${reason}。请确认电脑上装有 WPS 或 Word（PDF 需要阅读器），或用「打开所在文件夹」找到它。`), { cause: err });
    }
  }

  private exported(target: string, refusal: string): string {
    const full = path.resolve(target);
    if (!this.chosen.has(full)) throw new AppError('BAD_INPUT', refusal);
    return full;
  }
}
