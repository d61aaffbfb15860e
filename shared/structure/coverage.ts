// 「本报告写到了哪些方面」: the areas of the 纲要 in force for the report year, each with where the
// report writes about it — a heading of its own, or enough of its text — or nowhere. Guidance
// for the writer (shown in 完整性), never a finding: a report keeps its own headings.
import type { Template, TemplateSection } from '../templates/schema';
import { templateKeyBase } from '../templates/instantiate';
import type { Section } from '../types';
import { areaMentions, areaOfHeading, areaSetForYear } from './areas';
import { partOfHeading, partOfKey } from './parts';

export type CoverageSection = Pick<Section, 'id' | 'parentId' | 'templateKey' | 'title' | 'body'>;

export interface AreaCoverage {
  key: string;
  /** The area as the template names it. */
  title: string;
  /** A heading is about it; the text speaks of it repeatedly; or the report does not touch it. */
  by: 'heading' | 'text' | 'none';
  /** The section to open: the heading's, or the one whose text speaks of it most. */
  sectionId: number | null;
}

export interface CoverageList {
  /** The area set's name, e.g. 「实施纲要（2021—2025年）八个方面」. */
  setName: string;
  areas: AreaCoverage[];
}

/** Mentions in the text below which an area counts as not written about (one can be in passing). */
const TEXT_MENTIONS = 2;

/** Sections that report the year's work: not under 存在的不足, 下一年度安排 or 其他. */
function workSections(sections: readonly CoverageSection[]): CoverageSection[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const topOf = (s: CoverageSection): CoverageSection => {
    let at = s;
    for (let hops = 0; at.parentId !== null && hops < 50; hops++) {
      const parent = byId.get(at.parentId);
      if (!parent) break;
      at = parent;
    }
    return at;
  };
  return sections.filter((s) => {
    const top = topOf(s);
    const part = (top.templateKey ? partOfKey(top.templateKey) : null) ?? partOfHeading(top.title);
    return part !== 'problems' && part !== 'plans' && part !== 'other';
  });
}

/** Sections with text in them or in a sub-section. */
function writtenSections(sections: readonly CoverageSection[]): Set<number> {
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const out = new Set<number>();
  for (const s of sections) {
    if (s.body.trim() === '') continue;
    for (let at: number | null | undefined = s.id, hops = 0; at != null && !out.has(at) && hops < 50; at = parentOf.get(at), hops++) out.add(at);
  }
  return out;
}

/** How often each area is mentioned in a section's text (areaMentions, or a memo of it). */
type MentionsOf = (section: CoverageSection, areas: readonly TemplateSection[]) => Map<string, number>;

const mentionsOfText: MentionsOf = (s, areas) => areaMentions(s.body, areas);

export function areaCoverage(template: Template, year: number, sections: readonly CoverageSection[], mentionsOf: MentionsOf = mentionsOfText): CoverageList | null {
  const set = areaSetForYear(template, year);
  if (!set || set.id === 'custom') return null;
  const work = workSections(sections);
  const written = writtenSections(sections);
  const byHeading = new Map<string, number>();
  const mentions = new Map<string, { total: number; best: number; bestId: number }>();
  for (const s of work) {
    const key = s.templateKey ? templateKeyBase(s.templateKey) : null;
    const named = set.areas.some((a) => a.key === key) ? key : (areaOfHeading(s.title, set.areas)?.key ?? null);
    // An empty heading (a new report's outline) is a plan to write, not writing.
    if (named !== null && written.has(s.id) && !byHeading.has(named)) byHeading.set(named, s.id);
    for (const [area, n] of mentionsOf(s, set.areas)) {
      const m = mentions.get(area) ?? { total: 0, best: 0, bestId: s.id };
      m.total += n;
      if (n > m.best) Object.assign(m, { best: n, bestId: s.id });
      mentions.set(area, m);
    }
  }
  return {
    setName: set.name,
    areas: set.areas.map((a) => {
      const heading = byHeading.get(a.key);
      if (heading !== undefined) return { key: a.key, title: a.title, by: 'heading', sectionId: heading };
      const m = mentions.get(a.key);
      if (m && m.total >= TEXT_MENTIONS) return { key: a.key, title: a.title, by: 'text', sectionId: m.bestId };
      return { key: a.key, title: a.title, by: 'none', sectionId: null };
    }),
  };
}

/**
 * areaCoverage for one report read again and again as it is written: each section's mentions are
 * kept with the text they were found in, so a new reading walks only the sections whose text
 * changed (one, while the user types) — not the whole report. Only the last reading's sections are
 * kept.
 */
export function coverageReader(): (template: Template, year: number, sections: readonly CoverageSection[]) => CoverageList | null {
  let kept = new Map<number, { body: string; areas: readonly TemplateSection[]; mentions: Map<string, number> }>();
  return (template, year, sections) => {
    const next: typeof kept = new Map();
    const list = areaCoverage(template, year, sections, (s, areas) => {
      const hit = kept.get(s.id);
      const entry = hit && hit.body === s.body && hit.areas === areas ? hit : { body: s.body, areas, mentions: areaMentions(s.body, areas) };
      next.set(s.id, entry);
      return entry.mentions;
    });
    kept = next;
    return list;
  };
}
