// A report keeps the template id and version it was made from, and its text is never rewritten
// by a newer template. What a newer template can do is offer the sections it added.
import { AppError } from '../errors';
import { fillPlaceholders, placeholderValues } from '../gongwen/placeholders';
import {
  templateKeyBase,
  templateOutline,
  type InstantiatedSection,
  type UnitProfile,
} from './instantiate';
import type { AreaSetId, Template } from './schema';

export interface ReportTemplateRef {
  templateId: string;
  templateVersion: number;
  year: number;
  unit: UnitProfile;
}

export interface TemplateUpdates {
  /** The template is newer than the one the report was made from. */
  newerVersion: boolean;
  /** The area set the report's part one follows (null when it has no template areas). */
  areaSet: AreaSetId | null;
  /**
   * Template sections the report lacks, in document order, titles filled in. Existing sections,
   * their titles and their text are never part of an update.
   */
  added: InstantiatedSection[];
}

/** Which area set a report's part one was made with, judged by the keys of its sections. */
export function detectAreaSet(template: Template, keys: Iterable<string | null>): AreaSetId | null {
  const present = new Set<string>();
  for (const k of keys) if (k) present.add(templateKeyBase(k));
  let best: { id: AreaSetId; hits: number } | null = null;
  for (const set of template.areaSets) {
    const hits = set.areas.filter((a) => present.has(a.key)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { id: set.id, hits };
  }
  return best?.id ?? null;
}

export function templateUpdates(
  template: Template,
  report: ReportTemplateRef,
  sections: Array<{ templateKey: string | null }>,
): TemplateUpdates {
  if (report.templateId !== template.id) {
    throw new AppError('BAD_INPUT', `报告不是用模板「${template.name}」创建的。`);
  }
  const newerVersion = template.version > report.templateVersion;
  const keys = sections.map((s) => s.templateKey);
  const areaSet = detectAreaSet(template, keys);
  if (!newerVersion) return { newerVersion, areaSet, added: [] };

  // A report with no template areas (all removed or never there) gets no areas offered.
  const set = template.areaSets.find((s) => s.id === areaSet) ?? { id: 'custom' as const, areas: [] };
  const values = placeholderValues(report.unit, report.year);
  const present = new Set(keys.filter((k): k is string => k !== null));
  const outline = templateOutline(template, set, (t) => fillPlaceholders(t, values));
  return { newerVersion, areaSet, added: outline.filter((s) => !present.has(s.templateKey)) };
}
