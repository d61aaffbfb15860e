// The top of an imported report, above its first paragraph: the page's debris, the document's
// title (one, two or three lines: 「仁和镇人民政府」/「关于2024年度…的报告」), a page copy of that title,
// the 主送, and the facts the page's metadata rows give (发布机构, 来源, 成文日期, 发布日期).
import { toSimplified } from '../text/script';
import { debrisKey, debrisRule } from './webDebris';
import { isUnitName, unitAtStart } from './unitName';
import { CN_NUMERAL } from '../gongwen/numerals';

export interface MetaDate {
  /** 成文/发文 dates are when the report was signed; 发布/生成 when the page went up. */
  kind: 'written' | 'published';
  y: number;
  m: number;
  d: number;
}

export interface HeaderFacts {
  /** 发布机构, 来源, 发文机关 … values that name a unit (a site's 「本网」 does not). */
  publishers: string[];
  dates: MetaDate[];
}

export interface DroppedLine {
  line: string;
  /** Why: 「网页导航」, 「发布信息」, 「网页标题」 … */
  label: string;
}

export interface Header {
  /** Index of the first line of the report's text (its opening paragraph or first heading). */
  bodyStart: number;
  title: string;
  /** The title's lines as found, e.g. the unit's name on its own line above 「关于…的报告」. */
  titleLines: string[];
  addressee: string;
  /** Header lines kept for the opening: nothing recognisable, so nothing is thrown away. */
  kept: string[];
  dropped: DroppedLine[];
  facts: HeaderFacts;
  /** The first body line without a title that was run into it (a flattened document). */
  firstLine: string | null;
}

const SENTENCE_RE = /[，,。；;]/;
const TITLE_END_RE = /(报告|情况|总结|汇报)$/;
const TITLE_WORDS_RE = /法治|法制|依法行政/;
/** 「(潭县自然资字〔2025〕79号)」 after a title: the 发文字号, not part of the title. */
const TRAILING_DOC_NUMBER_RE = /\s*[（(][^（()）]{1,20}[〔[]\d{4}[〕\]]\s*\d{1,4}\s*[号號][)）]$/;

/** A shorter line is too little to call a copy of the title. */
const TITLE_COPY_MIN = 8;

/** The line as compared with the title: simplified script, no spaces. */
function squeezed(line: string): string {
  return debrisKey(line).replace(/\s+/g, '');
}

/** A line that is only a title's piece: short, no sentence in it. */
function titleFragment(line: string): boolean {
  return line.length <= 60 && !SENTENCE_RE.test(line) && !/[：:]$/.test(line);
}

function titleText(line: string): string {
  return line.replace(TRAILING_DOC_NUMBER_RE, '');
}

/** A title's last line: it ends as titles do (「…报告」「…情况」). */
function titleEnd(line: string): boolean {
  return titleFragment(line) && TITLE_END_RE.test(toSimplified(titleText(line)));
}

/** 「区政府：」「中共将乐县委员会，将乐县人民政府：」: the 主送, short and ending with a colon. */
export function isAddresseeLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || !/^[^。；;！？\s]{2,}[：:]$/.test(t) || /[:：]/.test(t.slice(0, -1))) return false;
  // One or more bodies (「中共将乐县委员会，将乐县人民政府」), not a sentence ending 「…报告如下：」.
  const bodies = t.slice(0, -1).split(/[，,、]/);
  return bodies.every((b) => b.length >= 2 && b.length <= 24) && !/现将|如下|报告|根据|按照|要求|情况|工作/.test(toSimplified(t));
}

/** A heading line 「一、」「（一）」: the report's text has begun. */
const HEADING_START_RE = new RegExp(String.raw`^(${CN_NUMERAL}{1,3}\s*[、.．]|[（(]\s*${CN_NUMERAL}{1,3}\s*[）)])\s*\S`);

/** The opening paragraph: a sentence of some length that is not page debris. */
function isParagraph(line: string): boolean {
  return line.length >= 25 && SENTENCE_RE.test(line) && debrisRule(line, 'header') === null && !isAddresseeLine(line);
}

const PUBLISHER_RE = /(发布机构|发文机构|发文机关|发布单位|信息来源|来源)\s*(?:[:：\]】|\t]\s*)+([^\s|:：【\]]{2,40})/g;
const DATE_RE = /(成文日期|发文日期|公文生成日期|生成日期|发布日期|发布时间|日期)\s*(?:[:：\]】|\t]\s*)+(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/g;

function factsOf(lines: readonly string[]): HeaderFacts {
  const facts: HeaderFacts = { publishers: [], dates: [] };
  for (const line of lines) {
    const key = debrisKey(line);
    for (const m of key.matchAll(PUBLISHER_RE)) {
      const name = m[2]!;
      if (isUnitName(name) && !facts.publishers.includes(name)) facts.publishers.push(name);
    }
    for (const m of key.matchAll(DATE_RE)) {
      const kind = /成文|发文/.test(m[1]!) ? 'written' : 'published';
      facts.dates.push({ kind, y: Number(m[2]), m: Number(m[3]), d: Number(m[4]) });
    }
  }
  return facts;
}

interface Candidate {
  index: number;
  line: string;
}

/**
 * The title group ending at `end` (an index into `rest`): lines joined upward while the title has
 * no 法治 word yet (a title wrapped mid-phrase) or ends a line with 「关于」, and the unit's name on
 * lines of its own above a title that starts with 「关于」 or the year.
 */
function titleGroup(rest: readonly Candidate[], end: number): number {
  let start = end;
  const joined = () => rest.slice(start, end + 1).map((c) => c.line).join('');
  while (start > 0 && end - start < 3) {
    const above = rest[start - 1]!.line;
    if (!titleFragment(above)) break;
    const top = rest[start]!.line;
    // A long title wrapped mid-phrase: 「…关于2023年度」/「法治政府建设情况的报告」.
    const wrapped = !TITLE_WORDS_RE.test(toSimplified(joined())) || /关于$/.test(above) || (!titleEnd(above) && !startsLikeTitle(top));
    // 「中共××镇委员会」/「××镇人民政府」/「关于…」: a joint title names each body on its own line.
    const unitAbove = isUnitName(above) && (/^(关于|[0-9〇零一二三四五六七八九]{4}\s*年|年度)/.test(toSimplified(top)) || jointBodies(above, top));
    if (!wrapped && !unitAbove) break;
    start--;
  }
  return start;
}

/** How a title begins: the unit's name, 「关于」, 「中共」 or the year — not mid-phrase. */
function startsLikeTitle(line: string): boolean {
  return unitAtStart(line) !== null || /^(关于|中共|[0-9〇零一二三四五六七八九]{4}\s*年)/.test(toSimplified(line));
}

/** 「中共××镇委员会」 over 「××镇人民政府」: the party committee and the government sign together. */
function jointBodies(above: string, below: string): boolean {
  const party = (s: string) => /^中共|(委员会|党委|党工委)$/.test(toSimplified(s));
  const government = (s: string) => /(政府|办事处)$/.test(toSimplified(s));
  return isUnitName(below) && ((party(above) && government(below)) || (government(above) && party(below)));
}

/** A flattened document: 「海滨街 2020 年法治政府建设情况报告 2020 年，在区委…」 on one line. */
const RUN_IN_TITLE_RE = /^(\S.{4,58}?(?:报告|情况))\s+(?=\S.*[，,。])/;

export function readHeader(lines: readonly string[]): Header {
  let bodyStart = lines.findIndex((l) => HEADING_START_RE.test(l) || isParagraph(l));
  if (bodyStart < 0) bodyStart = lines.length;
  const dropped: DroppedLine[] = [];
  const rest: Candidate[] = [];
  lines.slice(0, bodyStart).forEach((line, index) => {
    const rule = debrisRule(line, 'header');
    if (rule) dropped.push({ line, label: rule.label });
    else rest.push({ index, line });
  });
  const facts = factsOf(dropped.map((d) => d.line));

  let addressee = '';
  const last = rest[rest.length - 1];
  if (last && isAddresseeLine(last.line)) {
    addressee = last.line.replace(/[：:]$/, '');
    rest.pop();
  }

  let titleLines: string[] = [];
  let kept: string[] = [];
  let end = -1;
  for (let i = rest.length - 1; i >= 0 && end < 0; i--) if (titleEnd(rest[i]!.line)) end = i;
  if (end >= 0) {
    const start = titleGroup(rest, end);
    titleLines = rest.slice(start, end + 1).map((c) => c.line);
    // Above the document's own title: the page's copy of it, the site's name, column labels.
    for (const c of rest.slice(0, start)) dropped.push({ line: c.line, label: titleEnd(c.line) ? '网页标题' : '网页栏目' });
    kept = rest.slice(end + 1).map((c) => c.line);
    // Below it, another copy of the title, perhaps cut short (「券桥镇2022年度法治政府建设」).
    const whole = squeezed(titleText(titleLines.join('')));
    kept = kept.filter((line) => {
      const copy = titleFragment(line) && squeezed(line).length >= TITLE_COPY_MIN && whole.startsWith(squeezed(line));
      if (copy) dropped.push({ line, label: '网页标题' });
      return !copy;
    });
  } else {
    kept = rest.map((c) => c.line);
  }

  let firstLine: string | null = null;
  if (titleLines.length === 0 && bodyStart < lines.length) {
    const m = RUN_IN_TITLE_RE.exec(lines[bodyStart]!);
    if (m && TITLE_WORDS_RE.test(toSimplified(m[1]!))) {
      titleLines = [m[1]!];
      firstLine = lines[bodyStart]!.slice(m[0].length);
    }
  }
  dropped.sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line));
  const title = titleText(titleLines.join('').trim());
  return { bodyStart, title, titleLines, addressee, kept, dropped, facts, firstLine };
}
