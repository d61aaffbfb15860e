// The structural facts of a report, found once: which parts of the 规定 it lacks or left empty, and
// which required sections have nothing written in them or under them. The 审校 structure findings
// (part-missing, section-empty), the completeness list and the export dialog are views of these
// facts, so they cannot disagree about what is missing.
import { subtreeChars } from '../gongwen/zishu';
import { REQUIRED_PARTS, partOfHeading, partOfKey, type PartKey, type RequiredPart } from './parts';

export interface FactSection {
  id: number;
  parentId: number | null;
  templateKey: string | null;
  title: string;
  body: string;
  /** Set (to the reason, possibly empty) when the writer declared the section 「无此项」. */
  notApplicable?: string | null | undefined;
  /** Required by the template (or by the section's own flag when the template does not know it). */
  required: boolean;
}

export interface StructureFacts {
  /** 字数 of each section together with everything under it. */
  chars: Map<number, number>;
  /** Parts of the 规定 that no top-level section stands for, in the 规定's order. */
  missingParts: RequiredPart[];
  /** Parts that are there but hold nothing, are not required and not declared 无此项 (「其他」 may be empty). */
  emptyParts: Array<{ part: RequiredPart; section: FactSection }>;
  /**
   * Required parts of the 规定 (top-level sections), not declared 无此项, with nothing written in
   * them or under them. Sub-sections are never listed: the areas of part one are guidance, and a
   * report is never told about a section it never had.
   */
  emptySections: Array<{ section: FactSection }>;
}

const declaredNone = (s: FactSection) => s.notApplicable !== null && s.notApplicable !== undefined;

/** Which of the five parts a top-level section is: by its template key, else by its heading. */
export function partOfSection(section: Pick<FactSection, 'templateKey' | 'title'>): PartKey | null {
  return (section.templateKey ? partOfKey(section.templateKey) : null) ?? partOfHeading(section.title);
}

/** A top-level section that stands for a part of the 规定 and is required. */
export function isRequiredPart(s: FactSection): boolean {
  return s.required && s.parentId === null && partOfSection(s) !== null;
}

/** `sections` in document order; `count` gives a section's own 字数 (by default, of its body). */
export function structureFacts<T extends FactSection>(sections: readonly T[], count?: (s: T) => number): StructureFacts {
  const chars = subtreeChars(sections, count);
  const charsOf = (s: FactSection) => chars.get(s.id) ?? 0;

  // A part named twice counts by the first heading that has text (else the first).
  const found = new Map<PartKey, FactSection>();
  for (const s of sections) {
    if (s.parentId !== null) continue;
    const key = partOfSection(s);
    if (key === null) continue;
    const prev = found.get(key);
    if (!prev || (charsOf(prev) === 0 && charsOf(s) > 0)) found.set(key, s);
  }
  const missingParts = REQUIRED_PARTS.filter((p) => !found.has(p.key));
  const emptyParts: StructureFacts['emptyParts'] = [];
  for (const part of REQUIRED_PARTS) {
    const s = found.get(part.key);
    // A required part that is empty is an empty section; here only the parts nothing else flags.
    if (s && charsOf(s) === 0 && !declaredNone(s) && !s.required && part.key !== 'other') emptyParts.push({ part, section: s });
  }

  const emptySections = sections
    .filter((s) => isRequiredPart(s) && !declaredNone(s) && charsOf(s) === 0)
    .map((section) => ({ section }));
  return { chars, missingParts, emptyParts, emptySections };
}
