// Where a find match is, in the outline's words: 「（一）推进政府依法高效履职 · 正文」, 「报告标题」.
import { TEXT_FIELD_LABEL, type TextPlace } from '../../../shared/text/findReplace';
import type { Section } from '../../../shared/types';

export function findPlaceName(place: TextPlace | null, outline: ReadonlyArray<{ node: Section; prefix: string }>): string | null {
  if (!place) return null;
  if (place.sectionId === null) return TEXT_FIELD_LABEL[place.field];
  const entry = outline.find((e) => e.node.id === place.sectionId);
  return entry ? `${entry.prefix}${entry.node.title} · ${TEXT_FIELD_LABEL[place.field]}` : TEXT_FIELD_LABEL[place.field];
}
