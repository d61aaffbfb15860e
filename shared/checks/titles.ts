// Titles of the documents every report cites (resources/rules/titles.json). A 《…》 that nearly
// names one of them — a character missing or changed (「督查」 for 「督察」), a hyphen or 「~」 for
// the 一字线, 年 left out of the years — gets the exact title as its fix. Unknown documents stay
// quiet: only long titles may differ by a character or two, and the ends must agree, so
// 《广东省法治政府建设实施纲要…》 or a law not in the list is never taken for a listed one.
import { distance } from 'fastest-levenshtein';
import { YEAR_DIGITS, YEAR_RANGE_MARKS } from '../gongwen/dates';
import { foldScript } from '../text/script';
import { perText } from './context';
import type { CheckContext, DocTitle, RawFinding, TextInfo } from './types';

interface Parsed {
  /** The title without blanks, brackets folded, the year range taken out. */
  name: string;
  /** 「2021—2025」, or null when the title names no years. */
  years: string | null;
}

const YEARS = new RegExp(`[（(]?\\s*(${YEAR_DIGITS})\\s*年?\\s*[${YEAR_RANGE_MARKS}]{1,2}\\s*(${YEAR_DIGITS})\\s*年?\\s*[）)]?`);

function parse(title: string): Parsed {
  const t = title.replace(/[\s\u3000]/g, '');
  const m = YEARS.exec(t);
  if (!m) return { name: t, years: null };
  return { name: t.slice(0, m.index) + t.slice(m.index + m[0].length), years: `${m[1]}—${m[2]}` };
}

interface Known {
  doc: DocTitle;
  parsed: Parsed;
}

interface CompiledTitles {
  exact: Set<string>;
  byFirst: Map<string, Known[]>;
}

const compiled = new WeakMap<readonly DocTitle[], CompiledTitles>();

function compileTitles(titles: readonly DocTitle[]): CompiledTitles {
  const known = compiled.get(titles);
  if (known) return known;
  const exact = new Set<string>();
  const byFirst = new Map<string, Known[]>();
  for (const doc of titles) {
    for (const t of [doc.title, ...(doc.aliases ?? [])]) exact.add(t);
    const parsed = parse(doc.title);
    const list = byFirst.get(parsed.name[0]!) ?? [];
    list.push({ doc, parsed });
    byFirst.set(parsed.name[0]!, list);
  }
  const result = { exact, byFirst };
  compiled.set(titles, result);
  return result;
}

/** Whether `short` is `long` with some characters left out. */
function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

const PRC = '中华人民共和国';

/** How many edits a citation of `name` may have and still be taken for it. */
function allowedEdits(name: string): number {
  const core = name.startsWith(PRC) ? name.slice(PRC.length) : name;
  return Math.floor(core.length / 8);
}

/** The listed document a cited title stands for, when it is not written exactly. */
function nearest(cited: string, titles: CompiledTitles): DocTitle | null {
  // Half-width brackets are the punctuation rule's business, not a wrong title.
  if (titles.exact.has(cited.replace(/\(/g, '（').replace(/\)/g, '）'))) return null;
  const c = parse(cited);
  if (c.name.length < 2) return null;
  for (const { doc, parsed: d } of titles.byFirst.get(c.name[0]!) ?? []) {
    if (c.years !== d.years) continue;
    if (c.name === d.name) return doc;
    // A dated document is identified by its years: letters left out are a mis-citation.
    if (c.years !== null && c.name.length >= d.name.length * 0.6 && isSubsequence(c.name, d.name)) return doc;
    if (c.name[c.name.length - 1] !== d.name[d.name.length - 1]) continue;
    const allowed = allowedEdits(d.name);
    if (allowed > 0 && Math.abs(c.name.length - d.name.length) <= allowed && distance(c.name, d.name) <= allowed) return doc;
  }
  return null;
}

/** Every 《…》 (and a 〈…〉 or <…> inside one) in a line: the offsets of the text between the marks. */
function citedSpans(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let outer = -1;
  let inner = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '《') {
      if (outer >= 0) inner = i;
      else outer = i;
    } else if (ch === '》') {
      if (inner >= 0) {
        out.push([inner + 1, i]);
        inner = -1;
      } else if (outer >= 0) {
        out.push([outer + 1, i]);
        outer = -1;
      }
    } else if (outer >= 0 && (ch === '〈' || ch === '<' || ch === '＜')) {
      inner = i;
    } else if (inner >= 0 && (ch === '〉' || ch === '>' || ch === '＞')) {
      out.push([inner + 1, i]);
      inner = -1;
    }
  }
  return out;
}

function titleFindings(info: TextInfo, titles: CompiledTitles): RawFinding[] {
  const out: RawFinding[] = [];
  const original = info.text;
  const folded = foldScript(original);
  info.lines.forEach((_, li) => {
    const base = info.lineStarts[li]!;
    const line = folded.slice(base, base + info.lines[li]!.length);
    for (const [from, to] of citedSpans(line)) {
      const doc = nearest(line.slice(from, to), titles);
      if (!doc) continue;
      const start = base + from;
      const end = base + to;
      const written = original.slice(start, end);
      // Traditional script: the exact title is known in simplified script only, so no fix.
      const fix = written === line.slice(from, to) ? { fix: { kind: 'doc-title' as const, edits: [{ start, end, replacement: doc.title }] } } : {};
      out.push({
        rule: 'doc-title',
        severity: 'warning',
        message: `文件名称“《${written}》”与原文件不符，应为“《${doc.title}》”（${doc.source}）。`,
        ...info.place,
        start,
        end,
        ...fix,
      });
    }
  });
  return out;
}

const titlesOf = perText((info, env) => titleFindings(info, compileTitles(env.titles)));

export function checkTitles(ctx: CheckContext): RawFinding[] {
  if (ctx.env.titles.length === 0) return [];
  return [...ctx.texts, ...ctx.titles].flatMap((info) => titlesOf(info, ctx.env));
}
