// Mapping the sections recognised in an imported report onto a template's sections by heading
// similarity. Level-1 headings go to the template's parts; the level-2 headings of part one go
// to the areas of whichever area set fits them best (or become the unit's own areas when none
// fits); other level-2 headings go to their part's template children. A section left unmatched
// becomes a custom section in place (targetKey null). The result is a proposal the import
// preview shows and the user may change.

import { customAreaKey } from '../templates/instantiate';
import type { AreaSetId, Template, TemplateSection } from '../templates/schema';
import type { ParsedReport, ParsedSection } from './parseText';
import { titleSimilarity } from './similarity';

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
  /** The area set part one's headings were mapped to. */
  areaSet: AreaSetId;
  /** Entries in document order: each level-1 section followed by its children. */
  entries: MappingEntry[];
}

/** Below this a pairing is no match at all. */
const MIN_SCORE = 0.45;
/** Weight of position agreement (k-th heading ↔ k-th area) in a level-2 score. */
const POSITION_WEIGHT = 0.15;

/**
 * Best one-to-one pairing of sources (rows) with targets (columns), maximising the total score
 * of the pairs kept; pairs under MIN_SCORE are never made. Exact, by dynamic programming over
 * the set of used targets (templates have at most a dozen sections per level).
 */
export function bestAssignment(
  scores: readonly (readonly number[])[],
  targets: number,
  min = MIN_SCORE,
): Array<number | null> {
  const n = scores.length;
  if (targets > 16) return greedyAssignment(scores, min);
  const size = 1 << targets;
  // best[i][mask]: best total for sources i… given targets in mask are taken.
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

/**
 * Level-2 scores: the title similarity decides whether two headings match at all; among matches,
 * agreement of position (k-th heading ↔ k-th area) breaks near-ties.
 */
function levelTwoScores(sources: readonly ParsedSection[], targets: readonly TemplateSection[]): number[][] {
  const span = Math.max(sources.length, targets.length, 1);
  return sources.map((s, i) =>
    targets.map((t, j) => {
      const sim = titleSimilarity(s.title, t.title);
      if (sim < MIN_SCORE) return 0;
      const position = 1 - Math.abs(i - j) / span;
      return (1 - POSITION_WEIGHT) * sim + POSITION_WEIGHT * position;
    }),
  );
}

interface ChildMatch {
  keys: Array<string | null>;
  scores: number[];
}

function matchChildren(sources: readonly ParsedSection[], targets: readonly TemplateSection[]): ChildMatch {
  const scores = levelTwoScores(sources, targets);
  const picks = bestAssignment(scores, targets.length, Number.MIN_VALUE);
  return {
    keys: picks.map((j) => (j === null ? null : targets[j]!.key)),
    scores: picks.map((j, i) => (j === null ? 0 : scores[i]![j]!)),
  };
}

/**
 * Part one's headings against every area set: the set that matches most of them (ties: the
 * higher total score) wins; when even that one matches fewer than half, the headings are the
 * unit's own and become the custom set's areas, in order.
 */
function matchAreas(template: Template, sources: readonly ParsedSection[]): { set: AreaSetId; match: ChildMatch } {
  let best: { set: AreaSetId; match: ChildMatch; matched: number; total: number } | null = null;
  for (const set of template.areaSets) {
    if (set.id === 'custom') continue;
    const match = matchChildren(sources, set.areas);
    const matched = match.keys.filter((k) => k !== null).length;
    const total = match.scores.reduce((a, b) => a + b, 0);
    if (!best || matched > best.matched || (matched === best.matched && total > best.total)) {
      best = { set: set.id, match, matched, total };
    }
  }
  const custom = template.areaSets.find((s) => s.id === 'custom');
  const generic = custom?.areas[0];
  if (generic && sources.length > 0 && (!best || best.matched * 2 < sources.length)) {
    return {
      set: 'custom',
      match: { keys: sources.map((_, k) => customAreaKey(generic.key, k + 1)), scores: sources.map(() => 0) },
    };
  }
  if (best) return { set: best.set, match: best.match };
  const fallback = template.areaSets.find((s) => s.default === true) ?? template.areaSets[0];
  return { set: fallback?.id ?? 'custom', match: { keys: sources.map(() => null), scores: sources.map(() => 0) } };
}

export function mapReportToTemplate(parsed: ParsedReport, template: Template): TemplateMapping {
  const tops = template.sections;
  const topScores = parsed.sections.map((s) =>
    tops.map((t) => {
      const sim = titleSimilarity(s.title, t.title);
      // Part one is the part with sub-headings; a report's part with them is likely the same.
      const shape = t.key === template.areaParent && s.children.length > 0 ? 0.05 : 0;
      return Math.min(1, sim + shape);
    }),
  );
  const topPicks = bestAssignment(topScores, tops.length);
  const defaultSet = template.areaSets.find((s) => s.default === true) ?? template.areaSets[0];
  let areaSet: AreaSetId = defaultSet?.id ?? 'custom';
  const entries: MappingEntry[] = [];
  parsed.sections.forEach((section, i) => {
    const pick = topPicks[i] ?? null;
    const target = pick === null ? null : tops[pick]!;
    entries.push({
      source: { title: section.title, level: 1, path: [i] },
      targetKey: target?.key ?? null,
      score: pick === null ? 0 : topScores[i]![pick]!,
    });
    let match: ChildMatch;
    if (target && target.key === template.areaParent) {
      const areas = matchAreas(template, section.children);
      areaSet = areas.set;
      match = areas.match;
    } else if (target) {
      match = matchChildren(section.children, target.children);
    } else {
      match = { keys: section.children.map(() => null), scores: section.children.map(() => 0) };
    }
    section.children.forEach((child, k) => {
      entries.push({
        source: { title: child.title, level: 2, path: [i, k] },
        targetKey: match.keys[k] ?? null,
        score: match.scores[k] ?? 0,
      });
    });
  });
  return { areaSet, entries };
}

/** The mapping entries alone; see mapReportToTemplate for the area set chosen. */
export function mapToTemplate(parsed: ParsedReport, template: Template): MappingEntry[] {
  return mapReportToTemplate(parsed, template).entries;
}
