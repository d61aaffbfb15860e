// Plain-text rendering of reports for the terminal.
import { numberOutline } from '../../shared/gongwen/sectionOrder';
import { countChars } from '../../shared/gongwen/zishu';
import { SECTION_STATUS_LABEL, UNIT_KIND_LABEL, type Report, type ReportSummary } from '../../shared/types';
import { isoLocal } from '../services/clock';

/** A stored timestamp in this PC's local time, to the second: 2025-12-10 09:05:07. */
export const localTime = (iso: string): string => isoLocal(new Date(iso));

/**
 * Control characters written as \u001b and the like: an ESC or CSI sequence in an imported title
 * could otherwise clear or rename the user's terminal. Line breaks and tabs stay; inside JSON
 * output the written form is the same escape, so the JSON still reads back to the same text.
 */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatReportList(list: ReportSummary[]): string {
  if (list.length === 0) return '还没有报告。用 `nianbao new --unit 单位名称 --kind township --year 2025` 新建一份。';
  const lines: string[] = [];
  let unit = '';
  for (const r of list) {
    if (r.unitName !== unit) {
      unit = r.unitName;
      lines.push(`${unit}（${UNIT_KIND_LABEL[r.unitKind]}）`);
    }
    lines.push(`  #${r.id}  ${r.year}年度  ${r.title}  已完成 ${r.doneCount}/${r.sectionCount}  ${r.charCount} 字`);
  }
  return lines.join('\n');
}

export function formatReport(report: Report): string {
  const lines = [`#${report.id} ${report.title}`, `单位：${report.unit.fullName}  年度：${report.year}`];
  if (report.addressee) lines.push(`主送：${report.addressee}`);
  lines.push('');
  for (const { node, prefix, depth } of numberOutline(report.sections)) {
    lines.push(`${'  '.repeat(depth)}${prefix}${node.title}  [${SECTION_STATUS_LABEL[node.status]}，${countChars(node.body)} 字]`);
  }
  if (report.signatureName || report.signatureDate) lines.push('', `落款：${report.signatureName} ${report.signatureDate}`.trimEnd());
  return lines.join('\n');
}
