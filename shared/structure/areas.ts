// The work areas of part one — the 纲要's eight (2021—2025) or seven (2015—2020), or a template's
// own list — are guidance, never required (design.md). This module says which area a heading or a
// passage names: by the phrases the template's areas carry (the 纲要's wording and what reports
// quote), in simplified script, so a traditional-script report is read the same way.
import type { AreaSet, AreaSetId, Template, TemplateSection } from '../templates/schema';
import { toSimplified } from '../text/script';

/** The 纲要 in force for a report year: the 2015—2020 one up to 2020, the 2021—2025 one after. */
export function outlineSetFor(year: number): AreaSetId {
  return year <= 2020 ? 'outline2015' : 'outline2021';
}

/** The template's area set for the year's 纲要; its default set when it has none of that id. */
export function areaSetForYear(template: Template, year: number): AreaSet | null {
  const id = outlineSetFor(year);
  return template.areaSets.find((s) => s.id === id) ?? template.areaSets.find((s) => s.default === true) ?? null;
}

/** Simplified script without whitespace, punctuation or symbols: how headings and phrases are compared. */
export function matchText(text: string): string {
  return toSimplified(text).replace(/[\s\p{P}\p{S}]/gu, '');
}

export interface AreaHit {
  key: string;
  /** The phrase found, and where in the compared text (earlier = the heading's main subject). */
  phrase: string;
  at: number;
}

/** Phrases of a set's areas, longest first so that a specific phrase wins over its own tail. */
function phraseList(areas: readonly TemplateSection[]): Array<{ key: string; phrase: string }> {
  const out = areas.flatMap((a) => (a.phrases ?? []).map((p) => ({ key: a.key, phrase: matchText(p) })));
  return out.filter((p) => p.phrase !== '').sort((x, y) => y.phrase.length - x.phrase.length);
}

const listCache = new WeakMap<readonly TemplateSection[], Array<{ key: string; phrase: string }>>();

function phrasesOf(areas: readonly TemplateSection[]): Array<{ key: string; phrase: string }> {
  let list = listCache.get(areas);
  if (!list) {
    list = phraseList(areas);
    listCache.set(areas, list);
  }
  return list;
}

/** Whether the set's areas carry phrases (the 纲要 sets do; a template's own list may not). */
export function hasPhrases(set: Pick<AreaSet, 'areas'>): boolean {
  return phrasesOf(set.areas).length > 0;
}

/**
 * The area a heading names: the phrase that starts earliest in it (a heading's first clause is
 * its subject: 「不断强化规范性文件监督管理」 is about 规范性文件, not 监督), the longer one at the
 * same place. Null when it names none.
 */
export function areaOfHeading(title: string, areas: readonly TemplateSection[]): AreaHit | null {
  const text = matchText(title);
  let best: AreaHit | null = null;
  for (const { key, phrase } of phrasesOf(areas)) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && phrase.length > best.phrase.length)) best = { key, phrase, at };
  }
  return best;
}

/**
 * How often a passage mentions each area: every occurrence of a phrase, a longer phrase winning
 * over the shorter ones inside it (「依法全面履行政府职能」 is one mention, not two).
 */
export function areaMentions(text: string, areas: readonly TemplateSection[]): Map<string, number> {
  const plain = matchText(text);
  const found: Array<{ start: number; end: number; key: string }> = [];
  for (const { key, phrase } of phrasesOf(areas)) {
    for (let at = plain.indexOf(phrase); at >= 0; at = plain.indexOf(phrase, at + phrase.length)) {
      found.push({ start: at, end: at + phrase.length, key });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Map<string, number>();
  let reached = 0;
  for (const f of found) {
    if (f.start < reached) continue;
    reached = f.end;
    out.set(f.key, (out.get(f.key) ?? 0) + 1);
  }
  return out;
}
