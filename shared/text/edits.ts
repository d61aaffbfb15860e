// Applying character-range edits to a text. Shared by the checks (「修正」/「全部修正此类」) and the
// exporter (normalising punctuation), so both produce exactly the same text for the same edits.

export interface TextEdit {
  /** Offset of the first replaced character (UTF-16 code units, as String indices). */
  start: number;
  /** Offset just past the last replaced character. */
  end: number;
  replacement: string;
}

/**
 * Apply edits to `text`. Edits are applied from the end so earlier offsets stay valid; an edit
 * that overlaps one already accepted (or falls outside the text) is skipped rather than
 * corrupting its neighbour. Two insertions at the same offset both apply, in input order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const valid = edits
    .map((edit, order) => ({ edit, order }))
    .filter(({ edit }) => edit.start >= 0 && edit.end >= edit.start && edit.end <= text.length);
  valid.sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.order - a.order);
  const parts: string[] = [];
  let limit = text.length;
  for (const { edit } of valid) {
    if (edit.end > limit) continue;
    parts.push(text.slice(edit.end, limit), edit.replacement);
    limit = edit.start;
  }
  parts.push(text.slice(0, limit));
  return parts.reverse().join('');
}
