// Recognising level-1 「一、」 and level-2 「（一）」 heading lines. Level-3 「1.」「1、」 and level-4
// 「（1）」 headings stay in the body text (the app keeps two outline levels), and 「一是」 is
// ordinary text. Lines arrive with punctuation already normalised, but half-width forms are
// accepted too so the functions work on raw text.
import { trimEndOf } from '../text/trimEnd';

import { CN_NUMERAL, parseChineseNumeral } from '../gongwen/numerals';

export interface HeadingLine {
  level: 1 | 2;
  /** Position in its list: 「（三）」 → 3. */
  index: number;
  /** The numbering as written, e.g. 「一、」 or 「（三）」. */
  numbering: string;
  title: string;
  /** Text after the run-in heading's full stop; '' for a standalone heading. */
  rest: string;
  runIn: boolean;
}

const LEVEL1_RE = new RegExp(String.raw`^(${CN_NUMERAL}{1,3})\s*([、.．])\s*(\S.*)$`);
const LEVEL2_RE = new RegExp(String.raw`^([（(])\s*(${CN_NUMERAL}{1,3})\s*([）)])\s*(\S.*)$`);
/** A level-2 heading whose opening bracket (and maybe numeral) was lost: 「一）…」, 「）…」. */
const LOST_LEVEL2_RE = new RegExp(String.raw`^(${CN_NUMERAL}{0,3})\s*([）)])\s*(\S[^。]{1,40})。?$`);

/** Longest first sentence still taken as a run-in level-1 title; longer ones are paragraphs. */
const LEVEL1_RUNIN_MAX = 40;
/** A 「一、」 line longer than this without an early stop is a paragraph, not a long heading. */
const PARAGRAPH_MIN = 120;

function trimTitle(title: string): string {
  return trimEndOf(title, '。；;：:，,', true).trim();
}

/**
 * Splits 「依法全面履行政府职能。一是…」 into title and rest at the first full stop (or a colon
 * before it); a heading that
 * is the whole line (with or without its stop) is standalone.
 */
function splitRunIn(text: string, maxTitle: number): { title: string; rest: string; runIn: boolean } {
  const stop = text.indexOf('。');
  // 「依法履行政府职能，科学开展民主决策：我镇坚持…」: a colon before the first stop ends the heading.
  const colon = text.search(/[：:]/);
  if (colon >= 4 && colon <= LEVEL1_RUNIN_MAX && colon < text.length - 1 && (stop < 0 || colon < stop)) {
    return { title: trimTitle(text.slice(0, colon)), rest: text.slice(colon + 1).trim(), runIn: true };
  }
  if (stop < 0 || stop === text.length - 1 || stop > maxTitle) {
    // A whole paragraph after 「一、」 whose first sentence runs long: its heading is the first
    // clause (「一、坚持强化组织领导认真抓实法机构建设，完善……」), the rest is its text.
    const comma = text.search(/[，,]/);
    if (Number.isFinite(maxTitle) && text.length > PARAGRAPH_MIN && comma >= 4 && comma <= maxTitle) {
      return { title: trimTitle(text.slice(0, comma)), rest: text.slice(comma + 1).trim(), runIn: true };
    }
    return { title: trimTitle(text), rest: '', runIn: false };
  }
  const rest = text.slice(stop + 1).trim();
  return { title: trimTitle(text.slice(0, stop)), rest, runIn: rest !== '' };
}

export function matchHeading(line: string): HeadingLine | null {
  const l1 = LEVEL1_RE.exec(line);
  if (l1) {
    const index = parseChineseNumeral(l1[1]!);
    if (Number.isNaN(index)) return null;
    const { title, rest, runIn } = splitRunIn(l1[3]!, LEVEL1_RUNIN_MAX);
    // A long 「一、…」 line without a stop is still a heading; one whose first sentence is long
    // is an enumerated paragraph, which this app has no place for other than a heading either.
    return { level: 1, index, numbering: `${l1[1]}、`, title, rest, runIn };
  }
  const l2 = LEVEL2_RE.exec(line);
  if (l2) {
    const index = parseChineseNumeral(l2[2]!);
    if (Number.isNaN(index)) return null;
    const { title, rest, runIn } = splitRunIn(l2[4]!, Number.POSITIVE_INFINITY);
    return { level: 2, index, numbering: `（${l2[2]}）`, title, rest, runIn };
  }
  return null;
}

export interface LostNumbering {
  /** What the line still has of its numbering: 「）」 or 「三）」. */
  kept: string;
  text: string;
  /** The Chinese numeral, when it survived (「三）全面…」). */
  numeral: string;
}

/**
 * A level-2 heading that lost the start of its numbering in the scrape: 「)全面开展依法治理」 (lost
 * 「（三」) or 「三)全面开展依法治理」 (lost 「（」). Only short lines without a sentence stop qualify;
 * the caller decides from the preceding headings whether the repair is certain.
 */
export function matchLostLevel2(line: string): LostNumbering | null {
  const m = LOST_LEVEL2_RE.exec(line);
  if (!m) return null;
  if (m[1] !== '' && Number.isNaN(parseChineseNumeral(m[1]!))) return null;
  return { kept: `${m[1]}${m[2]}`, text: m[3]!, numeral: m[1]! };
}

/** Trims trailing stops from a recovered heading title. */
export function headingTitle(text: string): string {
  return trimTitle(text);
}
