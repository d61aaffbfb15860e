// From a template, a unit profile and a year to the first draft of a report: title, addressee,
// opening, closing and the outline of sections in document order.
import { AppError } from '../errors';
import { fillPlaceholders, placeholderValues } from '../gongwen/placeholders';
import type { ReportMeta, Unit } from '../types';
import type { AreaSet, AreaSetId, Template, TemplateSection } from './schema';

/** A unit as the wizard describes it, before it is stored. */
export type UnitProfile = Pick<Unit, 'fullName' | 'shortName' | 'kind' | 'superior' | 'signatureName'>;

export interface InstantiateOptions {
  unit: UnitProfile;
  year: number;
  /** Defaults to the template's default area set. */
  areaSet?: AreaSetId;
  /** Headings of part one when areaSet is 'custom'; ignored otherwise. */
  customAreas?: string[];
}

export interface InstantiatedSection {
  templateKey: string;
  title: string;
  level: number;
  parentKey: string | null;
  required: boolean;
}

/**
 * The first draft's head and 落款 as a report stores them. The addressee is without the trailing
 * 「：」, which belongs to the layout; the signatureDate is left empty: the UI proposes
 * defaultSignatureDate() and the user confirms it.
 */
export interface InstantiatedReport
  extends Pick<ReportMeta, 'templateId' | 'templateVersion' | 'title' | 'addressee' | 'opening' | 'closing' | 'signatureName' | 'signatureDate'> {
  areaSet: AreaSetId;
  sections: InstantiatedSection[];
}

export function instantiateTemplate(template: Template, options: InstantiateOptions): InstantiatedReport {
  const { unit, year } = options;
  const values = placeholderValues(unit, year);
  const fill = (text: string) => fillPlaceholders(text, values);
  const set = pickAreaSet(template, options.areaSet);
  const sections: InstantiatedSection[] = [];
  for (const s of templateOutline(template, set, fill)) {
    sections.push(s);
    if (s.templateKey !== template.areaParent || set.id !== 'custom') continue;
    const generic = set.areas[0];
    const titles = (options.customAreas ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
    if (!generic || titles.length === 0) {
      throw new AppError('BAD_INPUT', '选择「本单位自定标题」时，请至少填写一个标题。');
    }
    titles.forEach((title, i) => {
      sections.push({
        templateKey: customAreaKey(generic.key, i + 1),
        title,
        level: generic.level,
        parentKey: s.templateKey,
        required: generic.required,
      });
    });
  }
  const fullName = unit.fullName.trim();
  return {
    templateId: template.id,
    templateVersion: template.version,
    areaSet: set.id,
    title: fill(template.titlePattern),
    addressee: unit.superior.trim(),
    opening: fill(template.opening),
    closing: fill(template.closing),
    signatureName: unit.signatureName.trim() || fullName,
    signatureDate: '',
    sections,
  };
}

/**
 * The template's sections in document order with the given area set under part one; the custom
 * set's generic area is left out, since custom headings are the unit's own.
 */
export function templateOutline(
  template: Template,
  set: Pick<AreaSet, 'id' | 'areas'>,
  fill: (text: string) => string = (t) => t,
): InstantiatedSection[] {
  const out: InstantiatedSection[] = [];
  const add = (s: TemplateSection, parentKey: string | null, children: TemplateSection[]) => {
    out.push({ templateKey: s.key, title: fill(s.title), level: s.level, parentKey, required: s.required });
    for (const child of children) add(child, s.key, child.children);
  };
  for (const s of template.sections) {
    const areas = set.id === 'custom' ? [] : set.areas;
    add(s, null, s.key === template.areaParent ? areas : s.children);
  }
  return out;
}

export function pickAreaSet(template: Template, id: AreaSetId | undefined): AreaSet {
  const set = id
    ? template.areaSets.find((s) => s.id === id)
    : (template.areaSets.find((s) => s.default === true) ?? template.areaSets[0]);
  if (!set) throw new AppError('BAD_INPUT', `模板「${template.name}」没有所选的标题方案。`);
  return set;
}

/**
 * Custom part-one headings all share the guidance of the custom set's one area; each gets its
 * own key so that sections stay distinguishable: 'achievements.custom#1', '#2', …
 */
export function customAreaKey(baseKey: string, n: number): string {
  return `${baseKey}#${n}`;
}

/** The template key a report section's key refers to ('achievements.custom#3' → 'achievements.custom'). */
export function templateKeyBase(key: string): string {
  const hash = key.indexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}

/** Every section of the template, including those of all area sets, in document order. */
export function allTemplateSections(template: Template): TemplateSection[] {
  const out: TemplateSection[] = [];
  const walk = (list: TemplateSection[]) => {
    for (const s of list) {
      out.push(s);
      walk(s.children);
      if (s.key === template.areaParent) for (const set of template.areaSets) walk(set.areas);
    }
  };
  walk(template.sections);
  return out;
}

/** The template section behind a report section's key, in any area set; null if none. */
export function findTemplateSection(template: Template, key: string): TemplateSection | null {
  const base = templateKeyBase(key);
  return allTemplateSections(template).find((s) => s.key === base) ?? null;
}
