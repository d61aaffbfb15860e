// Pairs each section of this year's report with last year's counterpart for the side-by-side
// view: by template key first, then by heading (years ignored) among sections of the same level.
// The character-level differences are computed in the renderer (diff's diffChars).
import { bestAssignment } from '../import/mapToTemplate';
import { titleSimilarity } from '../import/similarity';
import type { Section } from '../types';

export interface SectionPair {
  sectionId: number;
  lastYearSectionId: number | null;
  lastYearTitle: string;
  lastYearBody: string;
}

/** What the side-by-side view needs: the earlier report (null when there is none) and the pairs. */
export interface LastYearComparison {
  lastYear: { id: number; year: number; title: string; opening: string } | null;
  pairs: SectionPair[];
}

/** Headings at least this alike (after years are removed) are the same section. */
const MIN_TITLE_SIMILARITY = 0.5;

export function pairWithLastYear(current: readonly Section[], lastYear: readonly Section[]): SectionPair[] {
  const partner = new Map<number, Section>();
  const used = new Set<number>();
  for (const s of current) {
    if (s.templateKey === null) continue;
    const p = lastYear.find((x) => x.templateKey === s.templateKey && !used.has(x.id));
    if (p) {
      partner.set(s.id, p);
      used.add(p.id);
    }
  }
  const levels = new Set(current.map((s) => s.level));
  for (const level of levels) {
    const rows = current.filter((s) => s.level === level && !partner.has(s.id));
    const cols = lastYear.filter((p) => p.level === level && !used.has(p.id));
    if (rows.length === 0 || cols.length === 0) continue;
    const scores = rows.map((r) => cols.map((c) => titleSimilarity(r.title, c.title)));
    bestAssignment(scores, cols.length, MIN_TITLE_SIMILARITY).forEach((j, i) => {
      if (j === null) return;
      partner.set(rows[i]!.id, cols[j]!);
      used.add(cols[j]!.id);
    });
  }
  return current.map((s) => {
    const p = partner.get(s.id);
    return { sectionId: s.id, lastYearSectionId: p?.id ?? null, lastYearTitle: p?.title ?? '', lastYearBody: p?.body ?? '' };
  });
}
