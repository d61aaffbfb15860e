// The file name an export is offered under: 「{单位简称}{年度}年度法治政府建设情况报告.docx」.
import { reportSubject } from '../gongwen/placeholders';
import type { Report } from '../types';

const WINDOWS_INVALID = /[<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Removes what Windows refuses in a file name; trailing dots and spaces too (Explorer drops them). */
export function safeFileName(name: string): string {
  const printable = Array.from(name)
    .filter((char) => (char.codePointAt(0) ?? 0) >= 0x20)
    .join('');
  const cleaned = printable.replace(WINDOWS_INVALID, '').trim().replace(/[. ]+$/, '');
  const stem = cleaned.replace(/\.[^.]*$/, '');
  return WINDOWS_RESERVED.test(stem) ? `_${cleaned}` : cleaned;
}

export function defaultExportFileName(report: Pick<Report, 'year' | 'unit'>): string {
  const unit = report.unit.shortName.trim() || report.unit.fullName.trim();
  return `${safeFileName(`${unit}${reportSubject(report.year)}`)}.docx`;
}
