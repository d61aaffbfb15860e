// Splits text into plain and matching pieces so a search hit can show where the query occurs.
// Case-insensitive for Latin letters, as the trigram index is; Chinese has no case.

export interface Piece {
  text: string;
  match: boolean;
}

export function highlightPieces(text: string, query: string): Piece[] {
  const q = query.trim();
  if (!q || !text) return text ? [{ text, match: false }] : [];
  const hay = text.toLowerCase();
  const needle = q.toLowerCase();
  // Lower-casing can change a string's length (e.g. 'İ'); then fall back to no highlight rather
  // than mark the wrong characters.
  if (hay.length !== text.length || needle.length !== q.length) return [{ text, match: false }];
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
    if (i > from) pieces.push({ text: text.slice(from, i), match: false });
    pieces.push({ text: text.slice(i, i + needle.length), match: true });
    from = i + needle.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), match: false });
  return pieces;
}

/** Where the query first occurs in the text (as the editor counts: UTF-16 offsets), if at all. */
export function firstMatch(text: string, query: string): { from: number; to: number } | null {
  const hit = highlightPieces(text, query);
  let at = 0;
  for (const p of hit) {
    if (p.match) return { from: at, to: at + p.text.length };
    at += p.text.length;
  }
  return null;
}
