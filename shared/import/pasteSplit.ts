// A whole report — or several parts of one — pasted into one section: its 「一、」「（一）」 headings
// are recognised as an import recognises them, and the user is offered to split the paste into
// sections instead of keeping the headings as lines of one section's text.
import { matchHeading } from './headings';

export interface PastedPart {
  title: string;
  body: string;
  children: PastedPart[];
}

export interface PasteSplit {
  /** Offset of the first heading's line: the text before it stays where it was pasted. */
  start: number;
  /** The level (1 「一、」, 2 「（一）」) of the outermost headings found. */
  level: 1 | 2;
  parts: PastedPart[];
  /** Headings found at both levels. */
  headings: number;
}

/** Fewer headings than this are a list inside a section, not parts to split into. */
const MIN_HEADINGS = 2;

/** The paste's outline, or null when it holds fewer than two headings. */
export function splitPastedReport(text: string): PasteSplit | null {
  const found: Array<{ at: number; level: 1 | 2; title: string; rest: string }> = [];
  const bodies: string[][] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const h = line === '' ? null : matchHeading(line);
    if (h && h.title !== '') {
      found.push({ at: offset, level: h.level === 1 ? 1 : 2, title: h.title, rest: h.rest });
      bodies.push(h.rest === '' ? [] : [h.rest]);
    } else if (found.length > 0 && line !== '') {
      bodies[bodies.length - 1]!.push(line);
    }
    offset += raw.length + 1;
  }
  if (found.length < MIN_HEADINGS) return null;
  const level = found.some((h) => h.level === 1) ? 1 : 2;
  const parts: PastedPart[] = [];
  found.forEach((h, i) => {
    const part: PastedPart = { title: h.title, body: bodies[i]!.join('\n'), children: [] };
    const parent = parts[parts.length - 1];
    if (h.level > level && parent) parent.children.push(part);
    else parts.push(part);
  });
  return { start: found[0]!.at, level, parts, headings: found.length };
}
