// One export: build the .docx in memory, then write it atomically (writeFile.ts).
import path from 'node:path';
import type { ExportOptions } from '../../../shared/export/model';
import type { ExportSettings } from '../../../shared/export/settings';
import type { Report } from '../../../shared/types';
import type { ExportFormat } from './platform';
import { writeFileAtomic, type AtomicWriteOptions } from './writeFile';

/** A target without the format's extension gets it: Word, WPS and PDF readers open files by extension. */
export function withExtension(target: string, format: ExportFormat = 'docx'): string {
  return new RegExp(`\\.${format}$`, 'i').test(target) ? target : `${target}.${format}`;
}

/**
 * Writes the report to `targetPath` (resolved; 「.docx」 appended when missing) and returns where
 * it went and how many bytes. Throws AppError (FILE_LOCKED, FOLDER_READ_ONLY, FOLDER_NOT_FOUND,
 * DISK_FULL, IO_ERROR) with the Chinese message to show; the previous file is then untouched.
 */
export async function exportReportToFile(
  report: Report,
  settings: ExportSettings,
  targetPath: string,
  options: AtomicWriteOptions = {},
  exportOptions: ExportOptions = {},
): Promise<{ path: string; bytes: number }> {
  // The docx library is loaded on the first export, not at start-up: old PCs start faster.
  const { buildReportDocx } = await import('./docxBuilder');
  const data = await buildReportDocx(report, settings, exportOptions);
  return writeFileAtomic(path.resolve(withExtension(targetPath)), data, options);
}
