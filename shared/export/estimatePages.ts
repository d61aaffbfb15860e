// Page count of an export, estimated without laying it out: the GB/T 9704 page holds 22 lines of
// 28 字, every paragraph starts on a new line, the title and the 落款 take the lines they take.
import { DEFAULT_EXPORT_SETTINGS, type ExportSettings } from '../exportSettings';
import type { Report } from '../types';
import { lineCount, textWidth } from './measure';
import { buildExportModel, type ExportModel } from './model';

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Blank lines above the 落款: one without a seal; room for the seal's upper half with one. */
export const SIGNATURE_GAP_LINES = { unsealed: 1, sealed: 3 } as const;

/** Lines the exported document takes, counted on the 22 × 28 grid. */
export function countLines(model: ExportModel, sealed = false): number {
  let lines = model.titleLines.length + 1; // the blank line after the title
  if (model.addressee) lines += lineCount(model.addressee, CHARS_PER_LINE);
  for (const p of model.paragraphs) {
    lines += lineCount(p.runs.map((r) => r.text).join(''), CHARS_PER_LINE, 2);
  }
  if (model.signature) {
    lines += sealed ? SIGNATURE_GAP_LINES.sealed : SIGNATURE_GAP_LINES.unsealed;
    // The 署名 keeps two 字 free on its right; a long one wraps.
    if (model.signature.name) lines += Math.max(1, Math.ceil(textWidth(model.signature.name) / (CHARS_PER_LINE - 2)));
    if (model.signature.date) lines += 1;
  }
  return lines;
}

export function estimatePages(report: Report, settings: ExportSettings = DEFAULT_EXPORT_SETTINGS): number {
  const lines = countLines(buildExportModel(report, settings), settings.sealed);
  return Math.max(1, Math.ceil(lines / LINES_PER_PAGE));
}
