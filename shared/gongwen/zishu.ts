// 字数: how long a text is as the people who set and check its length count it — every character
// but whitespace (spaces, full-width spaces, line breaks), a character outside the BMP (a rare
// place-name character such as 𬌗) counting once. The library card, the editor footer, the
// guidance panel, the export dialog, completeness and the checks all count with this; the report
// list counts in SQL through the same function (registered as count_chars, see db/database.ts).
import { childrenByParent } from './sectionOrder';

/** What /\s/ matches: ECMAScript's white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// One pass that copies nothing: the editor footer counts the open section (50,000 characters and
// more) as the user types.
export function countChars(text: string): number {
  let n = 0;
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    // A surrogate pair is one character (whitespace between its halves is not there for the count).
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (high && low) {
      high = false;
      continue;
    }
    n++;
    high = c >= 0xd800 && c <= 0xdbff;
  }
  return n;
}

export interface CountedNode {
  id: number;
  parentId: number | null;
  body: string;
}

/**
 * Each section's 字数 together with everything under it (a parent cycle is counted once). `count`
 * gives one section's own 字数 (the 审校 run passes the counts it keeps per unchanged text).
 */
export function subtreeChars<T extends CountedNode>(sections: readonly T[], count: (s: T) => number = (s) => countChars(s.body)): Map<number, number> {
  const children = childrenByParent(sections);
  const total = (s: T, seen: Set<number>): number => {
    if (seen.has(s.id)) return 0;
    seen.add(s.id);
    let n = count(s);
    for (const c of children.get(s.id) ?? []) n += total(c, seen);
    return n;
  };
  return new Map(sections.map((s) => [s.id, total(s, new Set())]));
}

/** The 字数 of the whole text of a report: opening, every section, closing. */
export function reportChars(report: { opening: string; closing: string; sections: readonly { body: string }[] }): number {
  return report.sections.reduce((n, s) => n + countChars(s.body), countChars(report.opening) + countChars(report.closing));
}

/**
 * The 字数 of one report counted again and again as it is written (the editor footer): each
 * section's count is kept with the text it was made from, so a new count reads only the sections
 * whose text changed — one, while the user types — not the whole report. Only the sections of the
 * last count are kept.
 */
export function charCounter() {
  let kept = new Map<number, { body: string; n: number }>();
  const section = (s: { id: number; body: string }): number => {
    const hit = kept.get(s.id);
    if (hit && hit.body === s.body) return hit.n;
    const n = countChars(s.body);
    kept.set(s.id, { body: s.body, n });
    return n;
  };
  return {
    section,
    report(report: { opening: string; closing: string; sections: readonly { id: number; body: string }[] }): number {
      const next = new Map<number, { body: string; n: number }>();
      let n = countChars(report.opening) + countChars(report.closing);
      for (const s of report.sections) {
        n += section(s);
        next.set(s.id, kept.get(s.id)!);
      }
      kept = next;
      return n;
    },
  };
}

