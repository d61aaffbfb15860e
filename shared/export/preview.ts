// What the export dialog shows before anything is written: the outline as it will be numbered,
// the length of each part, the page estimate, the font check. Built in the main process from the
// stored report (after the renderer flushed its autosaves), so it shows what the file will get.
import type { ExportSettings } from '../exportSettings';
import { countChars } from '../templates/completeness';
import type { Report, Section } from '../types';
import { orderedSections } from './model';
import { headingNumber, stripHeadingNumber } from './numbering';

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
  pageEstimate: number;
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
  const ordered = orderedSections(report.sections);
  const children = new Map<number, Section[]>();
  for (const { section } of ordered) {
    if (section.parentId === null) continue;
    const list = children.get(section.parentId) ?? [];
    list.push(section);
    children.set(section.parentId, list);
  }
  const subtree = (s: Section, seen: Set<number>): number => {
    if (seen.has(s.id)) return 0;
    seen.add(s.id);
    let n = countChars(s.body);
    for (const c of children.get(s.id) ?? []) n += subtree(c, seen);
    return n;
  };
  return ordered.map(({ section, depth, index }) => ({
    sectionId: section.id,
    level: Math.min(depth, 4),
    prefix: headingNumber(depth, index),
    title: stripHeadingNumber(section.title),
    chars: subtree(section, new Set()),
    notApplicable: section.notApplicable !== null,
  }));
}

export function reportChars(report: Report): number {
  return report.sections.reduce((n, s) => n + countChars(s.body), countChars(report.opening) + countChars(report.closing));
}
