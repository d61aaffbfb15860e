// What the export dialog shows before anything is written: the outline as it will be numbered,
// the length of each part, the page count, the empty parts left out, the font check. Built in the main process from the
// stored report (after the renderer flushed its autosaves), so it shows what the file will get.
import { splitEmpty, type EmptyPart } from './model';
import type { FontSubstitute } from './previewFonts';
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
  /** Nothing written in it or under it, and left out of the file (prefix then empty). */
  omitted: boolean;
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
  /** Fonts the preview draws in place of ones this PC lacks (empty when the check was not possible). */
  fontSubstitutes: FontSubstitute[];
  /** Parts with nothing written: left out of the file unless keepEmpty. */
  emptyParts: EmptyPart[];
  defaultFileName: string;
  /** The folder of the last successful export, if it still exists. */
  lastFolder: string | null;
  settings: ExportSettings;
}

/** The exported outline: every section, numbered as in the file (empty parts left out unless kept), with its length. */
export function previewOutline(report: Report, keepEmpty = false): PreviewOutlineEntry[] {
  const chars = subtreeChars(report.sections);
  const { written } = splitEmpty(report.sections);
  const kept = keepEmpty ? report.sections : report.sections.filter((s) => written.has(s.id));
  const prefixes = new Map(numberOutline(kept).map((e) => [e.node.id, e.prefix]));
  return numberOutline(report.sections).map(({ node, depth }) => ({
    sectionId: node.id,
    level: Math.min(depth + 1, 4),
    prefix: prefixes.get(node.id) ?? '',
    title: stripHeadingNumber(node.title),
    chars: chars.get(node.id) ?? 0,
    notApplicable: node.notApplicable !== null,
    omitted: !prefixes.has(node.id),
  }));
}
