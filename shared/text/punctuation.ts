// Half-width punctuation in Chinese text → full-width. Scraped or pasted report text often has
// 「,」「:」「(」 where a 公文 needs 「，」「：」「（」; but the same characters are right inside
// numbers (3.5, 1,000, 10:30), Latin words, URLs and e-mail addresses, so every candidate is
// judged by its neighbours. Used by the checks (findings + safe fixes) and by the exporter.

import { addressMask } from './addresses';
import { isCjkCode, isDigit, isLatinLetter } from './charClass';
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

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0';
}

/** 「1,000」「12,345,678」: a comma followed by exactly three digits, after a digit. */
function isThousandsComma(text: string, i: number): boolean {
  return (
    isDigit(text[i - 1]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
    !isDigit(text[i + 4])
  );
}

const TOKEN_CHARS = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.%‰℃-');
const OPENING_CONTEXT = new Set(['（', '《', '〈', '【', '「', '：', '，', '。', '；', '、', '！', '？', '—', '(', '[']);
const DOUBLE = { straight: '"', open: '“', close: '”' };
const SINGLE = { straight: "'", open: '‘', close: '’' };

/**
 * The decisions about half-width marks, one per single mark, bracket or quote pair, or lone
 * partner. A decision holds when one of the positions it watches is Chinese (as written, or a mark
 * already judged Chinese), or — for a pair judged by its inside — when anything inside it is; then
 * its marks (one or two) convert. Kept in flat arrays: a 2-million-character line of marks makes
 * a million decisions, and objects per decision would cost more than the scan itself.
 */
class Decisions {
  count = 0;
  readonly always: Uint8Array;
  readonly done: Uint8Array;
  /** Up to three watched positions (-1: none). */
  readonly watch: Int32Array;
  /** A pair judged by its inside: open and close; -1 otherwise. */
  readonly insideOpen: Int32Array;
  readonly insideClose: Int32Array;
  /** Up to two marks to convert (-1: none), with their replacements. */
  readonly at: Int32Array;
  readonly replacement: string[] = [];

  constructor(capacity: number) {
    this.always = new Uint8Array(capacity);
    this.done = new Uint8Array(capacity);
    this.watch = new Int32Array(capacity * 3).fill(-1);
    this.insideOpen = new Int32Array(capacity).fill(-1);
    this.insideClose = new Int32Array(capacity).fill(-1);
    this.at = new Int32Array(capacity * 2).fill(-1);
  }

  add(watch: readonly number[], inside: readonly [number, number] | null, converts: ReadonlyArray<readonly [number, string]>, always = false): number {
    const id = this.count++;
    if (always) this.always[id] = 1;
    for (let k = 0; k < watch.length; k++) this.watch[id * 3 + k] = watch[k]!;
    if (inside) {
      this.insideOpen[id] = inside[0];
      this.insideClose[id] = inside[1];
    }
    for (let k = 0; k < converts.length; k++) {
      this.at[id * 2 + k] = converts[k]![0];
      this.replacement[id * 2 + k] = converts[k]![1];
    }
    return id;
  }
}

/**
 * The scan of one text. A mark judged Chinese counts as a Chinese neighbour for the marks next to
 * it (「中(x),y」: once 「(x)」 is 「（x）」 the comma after it is Chinese too), so judging is a
 * propagation: every decision is taken once from what is Chinese as written, and each mark that
 * converts wakes only the decisions that watch it — its neighbours and the innermost pair around
 * it. Each decision wakes a bounded number of times: linear in the text's length, and the same
 * result as repeating whole scans until nothing changes (so normalising twice changes nothing).
 */
class Scanner {
  readonly n: number;
  readonly cjk: Uint8Array;
  readonly converted: Uint8Array;
  /** For a converted position: 1 + the index of its replacement in decisions.replacement. */
  private readonly replacementOf: Int32Array;
  /** Previous / next non-blank index on the same line, or -1. */
  readonly prev: Int32Array;
  readonly next: Int32Array;
  readonly decisions: Decisions;
  /** Per kind of pair (brackets, double, single quotes): the innermost inside-judged pair around a position. */
  private readonly around: Int32Array[] = [];
  /** Prefix counts of Chinese-as-written characters, for a pair's inside. */
  private readonly cjkCount: Int32Array;

  constructor(
    readonly text: string,
    readonly mask: Uint8Array,
  ) {
    const n = (this.n = text.length);
    this.decisions = new Decisions(n);
    this.cjk = new Uint8Array(n);
    this.converted = new Uint8Array(n);
    this.replacementOf = new Int32Array(n);
    for (let i = 0; i < n; i++) if (isCjkCode(text.charCodeAt(i))) this.cjk[i] = 1;
    // 「<」「>」 of a title nested in 《》 are 〈〉 once fixed: judge their neighbours as such.
    if (text.includes('《')) {
      for (const [open, close] of nestedTitlePairs(text)) {
        this.cjk[open] = 1;
        this.cjk[close] = 1;
      }
    }
    this.cjkCount = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.cjkCount[i + 1] = this.cjkCount[i]! + this.cjk[i]!;
    this.prev = new Int32Array(n);
    this.next = new Int32Array(n);
    let last = -1;
    for (let i = 0; i < n; i++) {
      this.prev[i] = last >= 0 && text[last] !== '\n' ? last : -1;
      if (!isBlank(text[i])) last = i;
    }
    last = -1;
    for (let i = n - 1; i >= 0; i--) {
      this.next[i] = last >= 0 && text[last] !== '\n' ? last : -1;
      if (!isBlank(text[i])) last = i;
    }
  }

  cjkAt(j: number): boolean {
    return j >= 0 && j < this.n && (this.cjk[j] === 1 || this.converted[j] === 1);
  }

  private holds(id: number): boolean {
    const d = this.decisions;
    if (d.always[id] || this.cjkAt(d.watch[id * 3]!) || this.cjkAt(d.watch[id * 3 + 1]!) || this.cjkAt(d.watch[id * 3 + 2]!)) return true;
    const open = d.insideOpen[id]!;
    return open >= 0 && this.cjkCount[d.insideClose[id]!]! - this.cjkCount[open + 1]! > 0;
  }

  private fire(id: number, queue: Int32Array, top: number): number {
    const d = this.decisions;
    if (d.done[id]) return top;
    d.done[id] = 1;
    for (let k = id * 2; k < id * 2 + 2; k++) {
      const i = d.at[k]!;
      if (i < 0 || this.converted[i]) continue;
      this.converted[i] = 1;
      this.replacementOf[i] = k + 1;
      queue[top++] = i;
    }
    return top;
  }

  /** Takes every decision that holds, then follows each conversion to what it wakes. */
  run(): void {
    const d = this.decisions;
    // Who watches each position, as one flat list (counting sort by position).
    const start = new Int32Array(this.n + 1);
    for (let k = 0; k < d.count * 3; k++) {
      const j = d.watch[k]!;
      if (j >= 0 && j < this.n) start[j + 1]!++;
    }
    for (let j = 0; j < this.n; j++) start[j + 1]! += start[j]!;
    const fill = start.slice(0, this.n);
    const watchers = new Int32Array(start[this.n]!);
    for (let k = 0; k < d.count * 3; k++) {
      const j = d.watch[k]!;
      if (j >= 0 && j < this.n) watchers[fill[j]!++] = Math.floor(k / 3);
    }
    const queue = new Int32Array(this.n);
    let top = 0;
    for (let id = 0; id < d.count; id++) if (this.holds(id)) top = this.fire(id, queue, top);
    while (top > 0) {
      const k = queue[--top]!;
      for (let w = start[k]!; w < start[k + 1]!; w++) top = this.fire(watchers[w]!, queue, top);
      for (const around of this.around) {
        const id = around[k]!;
        if (id >= 0) top = this.fire(id, queue, top);
      }
    }
  }

  /**
   * The edits, with blanks between a converted mark and the Chinese text it belongs to
   * swallowed: they are debris of the scrape (「脏乱差, 累计」). Only blanks on the outer side
   * that touch an original Chinese character go, so no other mark's neighbours change.
   */
  edits(): TextEdit[] {
    const out: TextEdit[] = [];
    // In text order, so no sort is needed.
    for (let i = 0; i < this.n; i++) {
      if (!this.converted[i]) continue;
      const rep = this.decisions.replacement[this.replacementOf[i]! - 1]!;
      let start = i;
      let end = i + 1;
      const ch = this.text[i];
      if (ch === '(') {
        const j = this.prev[i]!;
        if (j >= 0 && j < i - 1 && this.cjk[j] === 1) start = j + 1;
      } else if (ch !== '"' && ch !== "'") {
        const j = this.next[i]!;
        if (j > i + 1 && this.cjk[j] === 1) end = j;
      }
      out.push({ start, end, replacement: rep });
    }
    return out;
  }

  /** Marks each position with the innermost of `pairs` (properly nested) that holds it inside. */
  innermost(pairs: readonly Pair[]): void {
    const around = new Int32Array(this.n).fill(-1);
    const sorted = [...pairs].sort((a, b) => a.open - b.open);
    const stack: Pair[] = [];
    let p = 0;
    // Pairs nest, so a sweep with a stack visits each position once.
    for (let k = 0; k < this.n; k++) {
      while (stack.length > 0 && stack[stack.length - 1]!.close <= k) stack.pop();
      if (stack.length > 0) around[k] = stack[stack.length - 1]!.unit;
      while (p < sorted.length && sorted[p]!.open === k) stack.push(sorted[p++]!);
    }
    this.around.push(around);
  }
}

type Pair = { open: number; close: number; unit: number };

/**
 * 「办结率100%,」「使用APP,」: a number or Latin word that is itself embedded in Chinese text
 * makes the mark after it Chinese too. For each position, where the token run before it starts
 * (the index before the run), or -1 when no token ends right before it.
 */
function tokenAnchors(text: string): Int32Array {
  const out = new Int32Array(text.length).fill(-1);
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    out[i] = runStart >= 0 ? runStart - 1 : -1;
    if (TOKEN_CHARS.has(text[i]!)) {
      if (runStart < 0) runStart = i;
    } else {
      runStart = -1;
    }
  }
  return out;
}

function simpleMarks(sc: Scanner, anchors: Int32Array, lineStart: number, lineEnd: number): void {
  const { text } = sc;
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i]!;
    if (sc.mask[i] || ch === '(' || ch === ')') continue;
    const full = FULL_WIDTH[ch];
    if (full === undefined) continue;
    if (ch === ',' && isThousandsComma(text, i)) continue;
    if (ch === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    sc.decisions.add([sc.prev[i]!, sc.next[i]!, anchors[i]!], null, [[i, full]]);
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
function brackets(sc: Scanner, lineStart: number, lineEnd: number, pairs: Pair[]): void {
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
      const converts: Array<[number, string]> = [];
      if (open.straight) converts.push([open.index, '（']);
      if (closeStraight) converts.push([i, '）']);
      // A full-width partner makes the pair Chinese as it stands.
      if (!open.straight || !closeStraight) sc.decisions.add([], null, converts, true);
      else pairs.push({ open: open.index, close: i, unit: sc.decisions.add([open.index - 1, i + 1], [open.index, i], converts) });
    }
  }
  for (const open of stack) if (open.straight) lone.push(open.index);
  for (const i of lone) sc.decisions.add([sc.prev[i]!, sc.next[i]!], null, [[i, text[i] === '(' ? '（' : '）']]);
}

/**
 * Quotes alternate within a paragraph: curly ones already typed keep their role, and each
 * straight one opens when no quote is open and closes otherwise (「“谁主管,谁负责"」 → ”).
 */
function quotes(
  sc: Scanner,
  lineStart: number,
  lineEnd: number,
  marks: { straight: string; open: string; close: string },
  pairs: Pair[],
): void {
  const { text } = sc;
  let open: Pending | null = null;
  const lone: number[] = [];
  const always = (converts: Array<[number, string]>) => sc.decisions.add([], null, converts, true);
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i];
    if (sc.mask[i]) continue;
    if (ch === marks.open) {
      if (open?.straight) lone.push(open.index);
      open = { index: i, straight: false };
    } else if (ch === marks.close) {
      if (open?.straight) always([[open.index, marks.open]]);
      open = null;
    } else if (ch === marks.straight) {
      // An apostrophe inside a Latin word (「don't」) is no quote at all.
      if (ch === "'" && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue;
      if (!open) {
        open = { index: i, straight: true };
        continue;
      }
      if (!open.straight) always([[i, marks.close]]);
      else {
        const converts: Array<[number, string]> = [
          [open.index, marks.open],
          [i, marks.close],
        ];
        pairs.push({ open: open.index, close: i, unit: sc.decisions.add([sc.prev[open.index]!, sc.next[i]!], [open.index, i], converts) });
      }
      open = null;
    }
  }
  if (open?.straight) lone.push(open.index);
  for (const i of lone) {
    // Without a partner the side decides: after a line start, a blank or an opening mark it
    // opens; after text it closes.
    const before = sc.prev[i]!;
    const opens = before < 0 || OPENING_CONTEXT.has(text[before]!) || isBlank(text[i - 1]);
    sc.decisions.add([sc.prev[i]!, sc.next[i]!], null, [[i, opens ? marks.open : marks.close]]);
  }
}

/**
 * Every half-width mark in `text` that stands in Chinese text, with its full-width replacement.
 * `text` may hold several paragraphs (one per line); pairing never crosses a line break. The
 * returned edits do not overlap and are sorted by offset. Linear in the length of `text`.
 */
export function findHalfWidthPunctuation(text: string): TextEdit[] {
  if (!/[,:;?!()"']/.test(text)) return [];
  const sc = new Scanner(text, addressMask(text));
  const anchors = tokenAnchors(text);
  const bracketPairs: Pair[] = [];
  const doublePairs: Pair[] = [];
  const singlePairs: Pair[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      brackets(sc, start, end, bracketPairs);
      quotes(sc, start, end, DOUBLE, doublePairs);
      quotes(sc, start, end, SINGLE, singlePairs);
      simpleMarks(sc, anchors, start, end);
    }
    start = end + 1;
  }
  sc.innermost(bracketPairs);
  sc.innermost(doublePairs);
  sc.innermost(singlePairs);
  sc.run();
  return sc.edits();
}

/** The text with every half-width mark in Chinese context replaced by its full-width form. */
export function normalizePunctuation(text: string): string {
  return applyEdits(text, findHalfWidthPunctuation(text));
}
