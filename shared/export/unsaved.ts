// The editor's text the data's medium refused to save (read-only, full), laid over the stored
// report for one export: the file then has what the user sees. Only the copy in memory changes —
// the data file stays as it is (on a write-protected stick it cannot be written anyway).
import type { UnsavedEdits as UnsavedText } from '../api';
import { AppError } from '../errors';
import type { Report } from '../types';

/** Line ends as a saved section has them (SectionRepo.saveText). */
export const unixLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

export function hasUnsaved(unsaved: UnsavedText | undefined): unsaved is UnsavedText {
  return !!unsaved && ((unsaved.sections?.length ?? 0) > 0 || Object.values(unsaved.fields ?? {}).some((v) => v !== undefined));
}

/** The report with the unsaved text in place. A section that is not this report's (deleted, or
 *  of another report) is refused: the file would otherwise silently lack or misplace text. */
export function withUnsavedText(report: Report, unsaved: UnsavedText | undefined): Report {
  if (!hasUnsaved(unsaved)) return report;
  const bodies = new Map<number, string>();
  const own = new Set(report.sections.map((s) => s.id));
  for (const { id, body } of unsaved.sections ?? []) {
    if (!own.has(id)) throw new AppError('BAD_INPUT', '未保存的修改中有一节不属于这份报告（可能已被删除），无法按编辑框中的内容导出。请关闭导出对话框后重试。');
    bodies.set(id, unixLineEnds(body));
  }
  const fields = Object.fromEntries(Object.entries(unsaved.fields ?? {}).filter(([, v]) => v !== undefined));
  return {
    ...report,
    ...fields,
    sections: report.sections.map((s) => (bodies.has(s.id) ? { ...s, body: bodies.get(s.id) ?? s.body } : s)),
  };
}
