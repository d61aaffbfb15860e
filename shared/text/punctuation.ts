// Half-width punctuation in Chinese text → full-width. Scraped or pasted report text often has
// 「,」「:」「(」 where a 公文 needs 「，」「：」「（」; but the same characters are right inside
// numbers (3.5, 1,000, 10:30), Latin words, URLs and e-mail addresses, so every candidate is
// judged by its neighbours. Used by the checks (findings + safe fixes) and by the exporter.

import { applyEdits, type TextEdit } from './edits';
import { nestedTitlePairs } from './titleMarks';

export type { TextEdit } from './edits';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * Han ideographs (with radicals, extensions and compatibility forms; a surrogate pair counts by
 * its high half), CJK symbols and punctuation (、。〈〉《》「」【】〔〕), full-width forms (，：；（）
 * ！？ and full-width letters), and the curly quotes, dash and ellipsis Chinese text uses. By code
 * unit, not regex: this runs for every character of every paragraph on each keystroke.
 */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2014 ||
    c === 0x2026 ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd87f)
  );
}

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isCjkCode(ch.charCodeAt(0));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0';
}

// URLs and e-mail addresses keep their ASCII punctuation. Trailing 「.,;:!?'」 are sentence
// punctuation after the address, not part of it, and so is a 「)」 without its 「(」.
const PROTECTED_RE =
  /(?:(?:https?|ftp):\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(PROTECTED_RE)) {
    let end = m.index + m[0].length;
    while (end > m.index) {
      const last = text[end - 1]!;
      const url = text.slice(m.index, end);
      const unbalanced = last === ')' && url.split('(').length < url.split(')').length;
      if (!unbalanced && !',.;:!?\''.includes(last)) break;
      end--;
    }
    mask.fill(1, m.index, end);
  }
  return mask;
}

/**
 * One text being scanned. `converted` marks the half-width marks already judged Chinese: they
 * count as Chinese neighbours for the marks next to them (「中(x),y」: once 「(x)」 is 「（x）」 the
 * comma after it is Chinese too), and the scan repeats until nothing new converts, so that
 * normalising twice changes nothing.
 */
class Scanner {
  readonly converted: Uint8Array;
  /** 1 where the character is Chinese as written; converted marks are added to it. */
  readonly cjk: Uint8Array;
  readonly replacement = new Map<number, string>();
  changed = false;

  constructor(
    readonly text: string,
    readonly mask: Uint8Array,
  ) {
    this.converted = new Uint8Array(text.length);
    this.cjk = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) this.cjk[i] = 1;
    // 「<」「>」 of a title nested in 《》 are 〈〉 once fixed: judge their neighbours as such.
    if (text.includes('《')) {
      for (const [open, close] of nestedTitlePairs(text)) {
        this.cjk[open] = 1;
        this.cjk[close] = 1;
      }
    }
  }

  cjkAt(j: number): boolean {
    return j >= 0 && j < this.text.length && (this.cjk[j] === 1 || this.converted[j] === 1);
  }

  /** Previous non-blank index on the same line, or -1. */
  prevIndex(i: number): number {
    let j = i - 1;
    while (j >= 0 && isBlank(this.text[j])) j--;
    return j >= 0 && this.text[j] !== '\n' ? j : -1;
  }

  /** Next non-blank index on the same line, or -1. */
  nextIndex(i: number): number {
    let j = i + 1;
    while (j < this.text.length && isBlank(this.text[j])) j++;
    return j < this.text.length && this.text[j] !== '\n' ? j : -1;
  }

  cjkBefore(i: number): boolean {
    return this.cjkAt(this.prevIndex(i));
  }

  cjkAfter(i: number): boolean {
    return this.cjkAt(this.nextIndex(i));
  }

  cjkBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.cjkAt(k)) return true;
    return false;
  }

  convert(i: number, replacement: string): void {
    if (this.converted[i]) return;
    this.converted[i] = 1;
    this.replacement.set(i, replacement);
    this.changed = true;
  }

  /**
   * The edits, with blanks between a converted mark and the Chinese text it belongs to
   * swallowed: they are debris of the scrape (「脏乱差, 累计」). Only blanks on the outer side
   * that touch an original Chinese character go, so no other mark's neighbours change.
   */
  edits(): TextEdit[] {
    const out: TextEdit[] = [];
    for (const [i, rep] of this.replacement) {
      let start = i;
      let end = i + 1;
      const ch = this.text[i];
      if (ch === '(') {
        const j = this.prevIndex(i);
        if (j >= 0 && j < i - 1 && this.cjk[j] === 1) start = j + 1;
      } else if (ch !== '"' && ch !== "'") {
        const j = this.nextIndex(i);
        if (j > i + 1 && this.cjk[j] === 1) end = j;
      }
      out.push({ start, end, replacement: rep });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

/** 「1,000」「12,345,678」: a comma followed by exactly three digits, after a digit. */
function isThousandsComma(text: string, i: number): boolean {
  return (
    isDigit(text[i - 1]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
    !isDigit(text[i + 4])
  );
}

const TOKEN_CHARS = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.%‰℃-');

/**
 * 「办结率100%,」「使用APP,」: a number or Latin word that is itself embedded in Chinese text
 * makes the mark after it Chinese too.
 */
function afterChineseToken(sc: Scanner, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && TOKEN_CHARS.has(sc.text[j]!)) j--;
  return j < i - 1 && sc.cjkAt(j);
}

function simpleMarks(sc: Scanner, lineStart: number, lineEnd: number): void {
  const { text } = sc;
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i]!;
    if (sc.mask[i] || sc.converted[i] || ch === '(' || ch === ')') continue;
    const full = FULL_WIDTH[ch];
    if (full === undefined) continue;
    if (ch === ',' && isThousandsComma(text, i)) continue;
    if (ch === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    if (sc.cjkBefore(i) || sc.cjkAfter(i) || afterChineseToken(sc, i)) sc.convert(i, full);
  }
}

interface Pending {
  index: number;
  straight: boolean;
}

/**
 * Brackets: a pair is Chinese when a character right outside it or anything inside it is Chinese
 * (「(一)依法」「站(所)」「目录(2023年版)」), Latin when neither (「APP (iOS) 与」). A lone bracket — a
 * lost partner, as in seed 003's 「)全面开展」 — is judged by its neighbours on the line.
 */
function brackets(sc: Scanner, lineStart: number, lineEnd: number): void {
  const { text } = sc;
  const stack: Pending[] = [];
  const lone: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i];
    if (sc.mask[i]) continue;
    if (ch === '(' || ch === '（') {
      stack.push({ index: i, straight: ch === '(' });
    } else if (ch === ')' || ch === '）') {
      const open = stack.pop();
      const closeStraight = ch === ')';
      if (!open) {
        if (closeStraight) lone.push(i);
        continue;
      }
      if (!open.straight && !closeStraight) continue;
      const chinese =
        !open.straight || !closeStraight ||
        sc.cjkAt(open.index - 1) || sc.cjkAt(i + 1) || sc.cjkBetween(open.index + 1, i);
      if (!chinese) continue;
      if (open.straight) sc.convert(open.index, '（');
      if (closeStraight) sc.convert(i, '）');
    }
  }
  for (const open of stack) if (open.straight) lone.push(open.index);
  for (const i of lone) {
    if (sc.cjkBefore(i) || sc.cjkAfter(i)) sc.convert(i, text[i] === '(' ? '（' : '）');
  }
}

const OPENING_CONTEXT = new Set(['（', '《', '〈', '【', '「', '：', '，', '。', '；', '、', '！', '？', '—', '(', '[']);

/**
 * Quotes alternate within a paragraph: curly ones already typed keep their role, and each
 * straight one opens when no quote is open and closes otherwise (「“谁主管,谁负责"」 → ”).
 */
function quotes(
  sc: Scanner,
  lineStart: number,
  lineEnd: number,
  marks: { straight: string; open: string; close: string },
): void {
  const { text } = sc;
  let open: Pending | null = null;
  const lone: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i];
    if (sc.mask[i]) continue;
    if (ch === marks.open) {
      if (open?.straight) lone.push(open.index);
      open = { index: i, straight: false };
    } else if (ch === marks.close) {
      if (open?.straight) sc.convert(open.index, marks.open);
      open = null;
    } else if (ch === marks.straight) {
      // An apostrophe inside a Latin word (「don't」) is no quote at all.
      if (ch === "'" && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue;
      if (!open) {
        open = { index: i, straight: true };
        continue;
      }
      const chinese =
        !open.straight || sc.cjkBefore(open.index) || sc.cjkAfter(i) || sc.cjkBetween(open.index + 1, i);
      if (chinese) {
        if (open.straight) sc.convert(open.index, marks.open);
        sc.convert(i, marks.close);
      }
      open = null;
    }
  }
  if (open?.straight) lone.push(open.index);
  for (const i of lone) {
    if (!sc.cjkBefore(i) && !sc.cjkAfter(i)) continue;
    // Without a partner the side decides: after a line start, a blank or an opening mark it
    // opens; after text it closes.
    const before = sc.prevIndex(i);
    const opens = before < 0 || OPENING_CONTEXT.has(text[before]!) || isBlank(text[i - 1]);
    sc.convert(i, opens ? marks.open : marks.close);
  }
}

const DOUBLE = { straight: '"', open: '“', close: '”' };
const SINGLE = { straight: "'", open: '‘', close: '’' };

/**
 * Every half-width mark in `text` that stands in Chinese text, with its full-width replacement.
 * `text` may hold several paragraphs (one per line); pairing never crosses a line break. The
 * returned edits do not overlap and are sorted by offset.
 */
export function findHalfWidthPunctuation(text: string): TextEdit[] {
  if (!/[,:;?!()"']/.test(text)) return [];
  const sc = new Scanner(text, protectedMask(text));
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) lines.push([start, end]);
    start = end + 1;
  }
  do {
    sc.changed = false;
    for (const [start, end] of lines) {
      brackets(sc, start, end);
      quotes(sc, start, end, DOUBLE);
      quotes(sc, start, end, SINGLE);
      simpleMarks(sc, start, end);
    }
  } while (sc.changed);
  return sc.edits();
}

/** The text with every half-width mark in Chinese context replaced by its full-width form. */
export function normalizePunctuation(text: string): string {
  return applyEdits(text, findHalfWidthPunctuation(text));
}
