// The report's lines below its header: a flattened document split back at its headings, and part
// one's sub-headings recognised when a report numbers them 1. 2. 3. directly under 「一、」.
import type { ParsedSection } from './parseText';
import { partOfHeading } from '../structure/parts';
import { CN_NUMERAL } from '../gongwen/numerals';

/** A line this long holding several headings is a document whose line breaks were lost. */
const FLATTENED_MIN = 200;
const INLINE_HEADING_RE = new RegExp(String.raw`\s(?=${CN_NUMERAL}{1,2}\s*、\s*\S|[（(]\s*${CN_NUMERAL}{1,2}\s*[）)]\s*\S)`, 'g');

/** 「…如下: 一、2020 年推进… (一)加强组织领导…」 on one line: split before each heading. */
export function unflatten(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const breaks = line.length >= FLATTENED_MIN ? [...line.matchAll(INLINE_HEADING_RE)].map((m) => m.index!) : [];
    if (breaks.length < 2) {
      out.push(line);
      continue;
    }
    let from = 0;
    for (const at of breaks) {
      const piece = line.slice(from, at).trim();
      if (piece) out.push(piece);
      from = at;
    }
    const last = line.slice(from).trim();
    if (last) out.push(last);
  }
  return out;
}

const NUMBERED_RE = /^(\d{1,2})\s*[.．、]\s*(\S.*)$/;
/** Longest first sentence still taken as a numbered sub-heading's title. */
const TITLE_MAX = 40;

/** A numbered paragraph that opens with a heading: a short line, or a short first sentence. */
function headingLike(text: string): boolean {
  const stop = text.indexOf('。');
  return stop < 0 ? text.length <= TITLE_MAX : stop <= TITLE_MAX;
}

/**
 * A level-1 part with no （一） sub-headings whose paragraphs are numbered 1. 2. 3. — the report's
 * own level-2 headings, one level up from where 公文 puts them. Only in part one (or a part of
 * the report's own): under 存在的不足 or 下一年度安排 a numbered list is the text itself.
 */
export function promoteNumbered(sections: ParsedSection[]): void {
  for (const top of sections) {
    const part = partOfHeading(top.title);
    if (top.children.length > 0 || part === 'problems' || part === 'plans' || part === 'other') continue;
    const lines = top.body.split('\n');
    const numbered = lines.map((l) => NUMBERED_RE.exec(l));
    const items = numbered.filter((m) => m !== null);
    if (items.length < 2 || items.some((m, i) => Number(m[1]) !== i + 1 || !headingLike(m[2]!))) continue;
    const intro: string[] = [];
    let current: ParsedSection | null = null;
    const bodies = new Map<ParsedSection, string[]>();
    lines.forEach((line, i) => {
      const m = numbered[i];
      if (!m) {
        if (current) bodies.get(current)!.push(line);
        else intro.push(line);
        return;
      }
      const text = m[2]!;
      const stop = text.indexOf('。');
      const runIn = stop > 0 && stop <= TITLE_MAX && stop < text.length - 1;
      const title = (runIn ? text.slice(0, stop) : text).replace(/[。；;：:，,\s]+$/u, '');
      current = { title, level: 2, numbering: `${m[1]}.`, runIn, body: '', children: [] };
      bodies.set(current, runIn ? [text.slice(stop + 1).trim()] : []);
      top.children.push(current);
    });
    top.body = intro.join('\n');
    for (const child of top.children) child.body = (bodies.get(child) ?? []).join('\n');
  }
}
