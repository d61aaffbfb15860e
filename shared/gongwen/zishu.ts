// 字数: how long a text is as the people who set and check its length count it — every character
// but whitespace (spaces, full-width spaces, line breaks), a character outside the BMP (a rare
// place-name character such as 𬌗) counting once. The library card, the editor footer, the
// guidance panel, the export dialog, completeness and the checks all count with this; the report
// list counts in SQL through the same function (registered as count_chars, see db/database.ts).
import { childrenByParent } from './sectionOrder';

export function countChars(text: string): number {
  const kept = text.replace(/\s+/g, '');
  let n = kept.length;
  // A surrogate pair is one character.
  for (let i = 0; i < kept.length - 1; i++) {
    const c = kept.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = kept.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

export interface CountedNode {
  id: number;
  parentId: number | null;
  body: string;
}

/** Each section's 字数 together with everything under it (a parent cycle is counted once). */
export function subtreeChars(sections: readonly CountedNode[]): Map<number, number> {
  const children = childrenByParent(sections);
  const total = (s: CountedNode, seen: Set<number>): number => {
    if (seen.has(s.id)) return 0;
    seen.add(s.id);
    let n = countChars(s.body);
    for (const c of children.get(s.id) ?? []) n += total(c, seen);
    return n;
  };
  return new Map(sections.map((s) => [s.id, total(s, new Set())]));
}

/** The 字数 of the whole text of a report: opening, every section, closing. */
export function reportChars(report: { opening: string; closing: string; sections: readonly { body: string }[] }): number {
  return report.sections.reduce((n, s) => n + countChars(s.body), countChars(report.opening) + countChars(report.closing));
}
