// The sections as the outline draws them (numbering, titles, states), kept as the same array while
// only text changes: a keystroke then leaves the outline and the 审校 panel (which labels its
// groups by heading) alone instead of redrawing them. The bodies in it may be behind the text, so
// its type has none: read text from the report.
import { useState } from 'react';
import type { Section } from '../../shared/types';

/** What of a section the outline and the 审校 group labels show. */
export type OutlineSection = Omit<Section, 'body' | 'updatedAt'>;

const SHAPE_KEYS = ['id', 'reportId', 'parentId', 'position', 'level', 'templateKey', 'title', 'status', 'notApplicable', 'checkedPoints', 'required'] as const satisfies ReadonlyArray<
  keyof OutlineSection
>;

const sameNode = (x: OutlineSection, y: OutlineSection) => x === y || SHAPE_KEYS.every((key) => x[key] === y[key]);
const sameShape = (a: readonly OutlineSection[], b: readonly OutlineSection[]) => a.length === b.length && a.every((x, i) => sameNode(x, b[i]!));

export function useOutlineShape(sections: readonly OutlineSection[]): readonly OutlineSection[] {
  const [shape, setShape] = useState(sections);
  if (shape === sections || sameShape(shape, sections)) return shape;
  setShape(sections);
  return sections;
}

/** One section as its header shows it (title, state), the same object while only its text changes. */
export function useSectionShape(section: OutlineSection): OutlineSection;
export function useSectionShape(section: OutlineSection | undefined): OutlineSection | undefined;
export function useSectionShape(section: OutlineSection | undefined): OutlineSection | undefined {
  const [shape, setShape] = useState(section);
  if (shape === section || (shape && section && sameNode(shape, section))) return shape;
  setShape(section);
  return section;
}
