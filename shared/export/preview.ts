// What the export dialog shows before anything is written: the outline as it will be numbered,
// the length of each part, the page count, the font check. Built in the main process from the
// stored report (after the renderer flushed its autosaves), so it shows what the file will get.
import type { ExportSettings } from './settings';
import { stripHeadingNumber } from '../gongwen/headingNumbers';
import { numberOutline } from '../gongwen/sectionOrder';
import { subtreeChars } from '../gongwen/zishu';
import type { Report } from '../types';

/** Which fonts this PC lacks. Word and WPS substitute them, so this is a warning only. */
export interface FontCheck {
  /** Names from the request that are not installed (as requested, in request order). */
  missing: string[];
  /** False when the installed fonts could not be listed: `missing` is then empty, not "all present". */
  checked: boolean;
  method: 'fc-list' | 'registry' | 'none';
  /** Why the check could not be made, for the log. */
  detail?: string;
}

export interface PreviewOutlineEntry {
  sectionId: number;
  /** 1 = 「一、」 … 4 = 「（1）」, as the exporter numbers it from the section's place. */
  level: number;
  prefix: string;
  title: string;
  /** Characters of the section and everything under it (whitespace not counted). */
  chars: number;
  /** Declared 「无此项」 (the file prints the reason, or 「无。」). */
  notApplicable: boolean;
}

export interface ExportPreview {
  reportId: number;
  unitId: number;
  outline: PreviewOutlineEntry[];
  /** Characters of the whole text (opening, sections, closing). */
  totalChars: number;
  /** Pages of the file as the layout sets them (shared/export/layout). */
  pageCount: number;
  fonts: FontCheck;
  /** Every font name the file will name, for the message when the check found none missing. */
  fontNames: string[];
  defaultFileName: string;
  /** The folder of the last successful export, if it still exists. */
  lastFolder: string | null;
  settings: ExportSettings;
}

/** The exported outline: every section, numbered as in the file, with its length. */
export function previewOutline(report: Report): PreviewOutlineEntry[] {
  const chars = subtreeChars(report.sections);
  return numberOutline(report.sections).map(({ node, depth, prefix }) => ({
    sectionId: node.id,
    level: Math.min(depth + 1, 4),
    prefix,
    title: stripHeadingNumber(node.title),
    chars: chars.get(node.id) ?? 0,
    notApplicable: node.notApplicable !== null,
  }));
}
