// The file name an export is offered under: the report's title — 「XX乡人民政府关于2024年度法治政府
// 建设情况的报告.docx」 — or, without one, the standard title; the PDF takes the same name.
import { defaultTitle } from '../gongwen/placeholders';
import type { Report } from '../types';

const WINDOWS_INVALID = /[<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Long enough for a three-line title; Windows paths stay under their 260-character limit. */
const MAX_NAME = 100;

/** Removes what Windows refuses in a file name; trailing dots and spaces too (Explorer drops them). */
export function safeFileName(name: string): string {
  const printable = Array.from(name)
    .filter((char) => (char.codePointAt(0) ?? 0) >= 0x20)
    .join('');
  const cleaned = printable.replace(WINDOWS_INVALID, '').trim().replace(/[. ]+$/, '');
  const stem = cleaned.replace(/\.[^.]*$/, '');
  return WINDOWS_RESERVED.test(stem) ? `_${cleaned}` : cleaned;
}

export function defaultExportFileName(report: Pick<Report, 'year' | 'unit' | 'title'>, format: 'docx' | 'pdf' = 'docx'): string {
  const title = report.title.replace(/\s+/g, '') || defaultTitle(report.unit.fullName.trim() || report.unit.shortName.trim(), report.year);
  const name = safeFileName(Array.from(title).slice(0, MAX_NAME).join('')) || safeFileName(defaultTitle('', report.year));
  return `${name}.${format}`;
}
