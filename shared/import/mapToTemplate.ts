// Mapping the sections recognised in an imported report onto a template. The report keeps its own
// structure: the mapping only says which part of the 2019 规定 each level-1 heading is, and which
// area of the 纲要 (guidance) a heading of part one names — the report year chooses the 纲要.
// - Level-1 headings are recognised by the wording real reports use for the five parts.
// - A report without a part-one heading whose level-1 parts are its work areas (「一、强化组织领导…」)
//   has them placed under part one, as areas of its own.
// - Part one's headings are matched to the areas by the phrases they quote; a report whose
//   headings are mostly its own (fewer than one in three names an area) keeps them all as its own.
// A section left unmatched stays in place as the unit's own (targetKey null). The result is a
// proposal the import preview shows and the user may change.
import { areaOfHeading, areaSetForYear, hasPhrases } from '../structure/areas';
import { partOfHeading, partOfKey, type PartKey } from '../structure/parts';
import { customAreaKey } from '../templates/instantiate';
import type { AreaSet, AreaSetId, Template, TemplateSection } from '../templates/schema';
import type { ParsedReport, ParsedSection } from './parseText';
import { bareTitle, bigramDice, titleSimilarity } from './similarity';

export interface MappingSource {
  title: string;
  level: 1 | 2;
  /** Indices in the parsed outline: [2] is the third level-1 section, [0, 4] its fifth child. */
  path: number[];
}

export interface MappingEntry {
  source: MappingSource;
  /** Template section key; null = the section becomes a custom section in place. */
  targetKey: string | null;
  /** How sure the match is, 0…1; 0 for unmatched sections and for the unit's own areas. */
  score: number;
}

export interface TemplateMapping {
  /** The area set part one's headings were matched against ('custom': all the unit's own). */
  areaSet: AreaSetId;
  /** Entries in document order: each level-1 section followed by its children. */
  entries: MappingEntry[];
}

/** Below this a pairing of two titles is no match at all. */
const MIN_SCORE = 0.45;
/** Score of a part or area recognised by its wording. */
const NAMED = 0.9;
/** A template's own area list (without phrases) matches headings that are nearly its titles. */
const LIKENESS = 0.4;

/**
 * Best one-to-one pairing of sources (rows) with targets (columns), maximising the total score
 * of the pairs kept; pairs under `min` are never made. Exact, by dynamic programming over the set
 * of used targets (templates have at most a dozen sections per level).
 */
export function bestAssignment(scores: readonly (readonly number[])[], targets: number, min = MIN_SCORE): Array<number | null> {
  const n = scores.length;
  if (targets > 16) return greedyAssignment(scores, min);
  const size = 1 << targets;
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(size));
  for (let i = n - 1; i >= 0; i--) {
    const row = scores[i]!;
    for (let mask = 0; mask < size; mask++) {
      let value = best[i + 1]![mask]!;
      for (let j = 0; j < targets; j++) {
        const s = row[j] ?? 0;
        if (mask & (1 << j) || s < min) continue;
        value = Math.max(value, s + best[i + 1]![mask | (1 << j)]!);
      }
      best[i]![mask] = value;
    }
  }
  const out: Array<number | null> = [];
  let mask = 0;
  for (let i = 0; i < n; i++) {
    const row = scores[i]!;
    let pick: number | null = null;
    for (let j = 0; j < targets && pick === null; j++) {
      const s = row[j] ?? 0;
      if (mask & (1 << j) || s < min) continue;
      if (Math.abs(s + best[i + 1]![mask | (1 << j)]! - best[i]![mask]!) < 1e-9) pick = j;
    }
    out.push(pick);
    if (pick !== null) mask |= 1 << pick;
  }
  return out;
}

function greedyAssignment(scores: readonly (readonly number[])[], min: number): Array<number | null> {
  const pairs = scores.flatMap((row, i) => row.map((s, j) => ({ i, j, s }))).filter((p) => p.s >= min);
  pairs.sort((a, b) => b.s - a.s);
  const out: Array<number | null> = scores.map(() => null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.i] !== null || used.has(p.j)) continue;
    out[p.i] = p.j;
    used.add(p.j);
  }
  return out;
}

/** A heading of part one, wherever the report put it. */
interface Candidate {
  section: ParsedSection;
  /** Entry index in document order. */
  entry: number;
  /** Level-1 work area (no part-one wrapper): it needs a key to be placed under part one. */
  needsKey: boolean;
}

interface AreaPick {
  key: string;
  score: number;
}

/** Each candidate's area by the phrases it quotes, one heading per area (the first keeps it). */
function byPhrases(candidates: readonly Candidate[], set: AreaSet): Array<AreaPick | null> {
  const taken = new Set<string>();
  return candidates.map((c) => {
    const hit = areaOfHeading(c.section.title, set.areas);
    if (!hit || taken.has(hit.key)) return null;
    taken.add(hit.key);
    return { key: hit.key, score: hit.phrase.length >= 8 ? NAMED : 0.7 };
  });
}

/** Candidates against a template's own list: headings that are nearly its titles. */
function byLikeness(candidates: readonly Candidate[], set: AreaSet): Array<AreaPick | null> {
  const scores = candidates.map((c) => set.areas.map((a) => bigramDice(bareTitle(c.section.title), bareTitle(a.title))));
  return bestAssignment(scores, set.areas.length, LIKENESS).map((j, i) =>
    j === null ? null : { key: set.areas[j]!.key, score: Math.max(MIN_SCORE + 0.01, titleSimilarity(candidates[i]!.section.title, set.areas[j]!.title)) },
  );
}

/** The area set and picks for part one: the template's own list when the report follows it, else the year's 纲要. */
function matchAreas(template: Template, year: number, candidates: readonly Candidate[]): { set: AreaSetId; picks: Array<AreaPick | null> } {
  const none = { set: 'custom' as const, picks: candidates.map(() => null) };
  if (candidates.length === 0) return none;
  for (const set of template.areaSets) {
    if (set.id === 'custom' || hasPhrases(set)) continue;
    const picks = byLikeness(candidates, set);
    if (picks.filter((p) => p !== null).length * 2 > candidates.length) return { set: set.id, picks };
  }
  const outline = areaSetForYear(template, year);
  if (!outline || !hasPhrases(outline)) return none;
  const picks = byPhrases(candidates, outline);
  // A report whose headings are mostly its own: one that happens to name an area is no reason
  // to read the others as the 纲要's.
  if (picks.filter((p) => p !== null).length * 3 < candidates.length) return none;
  return { set: outline.id, picks };
}

function partKeyOf(template: Template, part: PartKey): string | null {
  return template.sections.find((s) => partOfKey(s.key) === part)?.key ?? null;
}

export function mapReportToTemplate(parsed: ParsedReport, template: Template, year: number | null = parsed.year): TemplateMapping {
  const entries: MappingEntry[] = [];
  const indexOf = new Map<ParsedSection, number>();
  parsed.sections.forEach((section, i) => {
    indexOf.set(section, entries.length);
    entries.push({ source: { title: section.title, level: 1, path: [i] }, targetKey: null, score: 0 });
    section.children.forEach((child, k) => {
      indexOf.set(child, entries.length);
      entries.push({ source: { title: child.title, level: 2, path: [i, k] }, targetKey: null, score: 0 });
    });
  });

  // Level 1: the parts of the 规定, one heading each.
  const used = new Set<string>();
  const partOf = new Map<ParsedSection, string>();
  for (const section of parsed.sections) {
    const part = partOfHeading(section.title);
    const key = part === null ? null : partKeyOf(template, part);
    if (key === null || used.has(key)) continue;
    used.add(key);
    partOf.set(section, key);
    const e = entries[indexOf.get(section)!]!;
    e.targetKey = key;
    e.score = Math.max(NAMED, titleSimilarity(section.title, template.sections.find((s) => s.key === key)!.title));
  }

  // Part one's headings: its children, or — without a part-one heading — the report's own level-1
  // work areas before its later parts, each with its children.
  const areaParent = template.areaParent;
  const partOne = parsed.sections.find((s) => partOf.get(s) === areaParent);
  const candidates: Candidate[] = [];
  if (partOne) {
    for (const child of partOne.children) candidates.push({ section: child, entry: indexOf.get(child)!, needsKey: false });
  } else {
    const later = parsed.sections.findIndex((s) => ['problems', 'plans', 'other'].includes(partOfHeading(s.title) ?? ''));
    parsed.sections.forEach((section, i) => {
      if (partOf.has(section) || (later >= 0 && i > later)) return;
      // A work area with headings of its own is a group: its headings are the areas.
      if (section.children.length === 0) candidates.push({ section, entry: indexOf.get(section)!, needsKey: true });
      else {
        candidates.push({ section, entry: indexOf.get(section)!, needsKey: true });
        for (const child of section.children) candidates.push({ section: child, entry: indexOf.get(child)!, needsKey: false });
      }
    });
  }
  const groups = new Set(candidates.filter((c) => c.needsKey && c.section.children.length > 0).map((c) => c.section));
  const matchable = candidates.filter((c) => !groups.has(c.section));
  const { set, picks } = matchAreas(template, year ?? new Date().getFullYear(), matchable);
  const generic = template.areaSets.find((s) => s.id === 'custom')?.areas[0];
  let own = 0;
  const ownKey = () => (generic ? customAreaKey(generic.key, ++own) : null);
  const pickOf = new Map(matchable.map((c, i) => [c, picks[i] ?? null]));
  for (const c of candidates) {
    const e = entries[c.entry]!;
    const pick = pickOf.get(c) ?? null;
    if (pick) Object.assign(e, { targetKey: pick.key, score: pick.score });
    // The unit's own headings: keyed where they need a place (a level-1 work area) or where the
    // whole of part one is the unit's own, so each carries the generic guidance.
    else if (c.needsKey || (set === 'custom' && partOne)) e.targetKey = ownKey();
  }

  // The other parts' sub-headings against the template's children of that part.
  for (const section of parsed.sections) {
    const key = partOf.get(section);
    if (!key || key === areaParent) continue;
    const targets: readonly TemplateSection[] = template.sections.find((s) => s.key === key)?.children ?? [];
    const scores = section.children.map((c) => targets.map((t) => titleSimilarity(c.title, t.title)));
    bestAssignment(scores, targets.length).forEach((j, k) => {
      if (j === null) return;
      const e = entries[indexOf.get(section.children[k]!)!]!;
      Object.assign(e, { targetKey: targets[j]!.key, score: scores[k]![j]! });
    });
  }
  return { areaSet: set, entries };
}

/** The mapping entries alone; see mapReportToTemplate for the area set chosen. */
export function mapToTemplate(parsed: ParsedReport, template: Template, year?: number | null): MappingEntry[] {
  return mapReportToTemplate(parsed, template, year).entries;
}
