// The import preview as the user sees it, assembled from what the reader recognised and the
// proposed mapping onto a template. Pure: the main side supplies the preview id, the file's name
// and format, and which reports already exist for the recognised unit and year.
import { fillPlaceholders, placeholderValues } from '../gongwen/placeholders';
import { countChars } from '../gongwen/zishu';
import { findTemplateSection } from '../templates/instantiate';
import type { Template, TemplateSection } from '../templates/schema';
import type { UnitKind } from '../types';
import { shortUnitName } from './meta';
import { unitKindOf } from './unitName';
import type { TemplateMapping } from './mapToTemplate';
import type { ParsedReport, ParsedSection } from './parseText';
import type { ImportFormat, ImportPreview, ImportPreviewEntry, ImportTarget } from './preview';

export interface SourceEntry {
  index: number;
  section: ParsedSection;
  level: 1 | 2;
  parentIndex: number | null;
}

/** The parsed sections in mapping order: each level-1 section, then its children. */
export function flattenSources(parsed: ParsedReport): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const top of parsed.sections) {
    const parentIndex = out.length;
    out.push({ index: parentIndex, section: top, level: 1, parentIndex: null });
    for (const child of top.children) out.push({ index: out.length, section: child, level: 2, parentIndex });
  }
  return out;
}

/** The unit and year the preview proposes: the user's choice, else what the file says. */
export function previewUnitAndYear(
  parsed: ParsedReport,
  req: { unitName?: string | undefined; year?: number | undefined },
): { unitName: string; unitKind: UnitKind | null; year: number | null } {
  const chosen = req.unitName?.trim() ?? '';
  const unitName = chosen || parsed.unitName;
  // The kind follows the unit's name; without one, how the text speaks of itself (「我镇」/「我局」).
  const unitKind = (unitName ? unitKindOf(unitName) : null) ?? parsed.unitKind;
  return { unitName, unitKind, year: req.year ?? parsed.year };
}

function titleFiller(unitName: string, year: number | null): (title: string) => string {
  const values = placeholderValues({ fullName: unitName, shortName: unitName ? shortUnitName(unitName) : '' }, year ?? new Date().getFullYear());
  return (title) => fillPlaceholders(title, values);
}

/** Every section a source may be mapped onto: the parts, their children, every set's areas. */
function importTargets(template: Template, fill: (t: string) => string): ImportTarget[] {
  const out: ImportTarget[] = [];
  const add = (s: TemplateSection, parentKey: string | null, areaSet: ImportTarget['areaSet']) =>
    out.push({ key: s.key, title: fill(s.title), level: s.level, parentKey, areaSet, required: s.required });
  const walk = (list: readonly TemplateSection[], parentKey: string | null) => {
    for (const s of list) {
      add(s, parentKey, null);
      walk(s.children, s.key);
      if (s.key !== template.areaParent) continue;
      for (const set of template.areaSets) {
        // The custom set's one area is a pattern, not a target: its sections get numbered keys.
        if (set.id === 'custom') continue;
        for (const area of set.areas) add(area, s.key, set.id);
      }
    }
  };
  walk(template.sections, null);
  return out;
}

export interface PreviewParts {
  previewId: string;
  fileName: string;
  format: ImportFormat;
  encoding: string | null;
  parsed: ParsedReport;
  template: Template;
  mapping: TemplateMapping;
  unitName: string;
  unitKind: UnitKind | null;
  year: number | null;
  existingReportIds: number[];
}

export function assemblePreview(p: PreviewParts): ImportPreview {
  const { parsed, template, mapping, unitName, unitKind, year } = p;
  const fill = titleFiller(unitName, year);
  const entries: ImportPreviewEntry[] = flattenSources(parsed).map((s, i) => {
    const e = mapping.entries[i]!;
    const t = e.targetKey === null ? null : findTemplateSection(template, e.targetKey);
    return {
      sourceIndex: s.index,
      sourceTitle: s.section.title,
      level: s.level,
      parentIndex: s.parentIndex,
      targetKey: e.targetKey,
      targetTitle: t ? fill(t.title) : null,
      score: Math.round(e.score * 1000) / 1000,
      chars: countChars(s.section.body),
    };
  });
  return {
    previewId: p.previewId,
    fileName: p.fileName,
    format: p.format,
    encoding: p.encoding,
    title: parsed.title,
    addressee: parsed.addressee,
    opening: parsed.opening,
    closing: parsed.closing,
    unitName,
    unitKind,
    shortName: unitName ? shortUnitName(unitName) : '',
    year,
    signatureName: parsed.signatureName,
    signatureDate: parsed.signatureDate,
    headingStyle: parsed.headingStyle,
    dropped: parsed.dropped,
    repairs: parsed.repairs,
    punctuationFixes: parsed.punctuationFixes,
    areaSet: mapping.areaSet,
    entries,
    template: { id: template.id, name: template.name, version: template.version },
    targets: importTargets(template, fill),
    totalChars: entries.reduce((n, e) => n + e.chars, 0),
    existingReportIds: p.existingReportIds,
  };
}
