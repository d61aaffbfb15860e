// Half-width punctuation in Chinese text → full-width. Scraped or pasted report text often has
// 「,」「:」「(」 where a 公文 needs 「，」「：」「（」; but the same characters are right inside
// numbers (3.5, 1,000, 10:30), Latin words, URLs and e-mail addresses, so every candidate is
// judged by its neighbours. Used by the checks (findings + safe fixes) and by the exporter.

import { applyEdits, type TextEdit } from './edits';

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

// Han ideographs, CJK symbols and punctuation (、。〈〉《》「」【】〔〕), full-width forms (，：；（）
// ！？ and full-width letters), and the curly quotes, dash and ellipsis Chinese text uses.
const CJK_RE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2014\u2026]/u;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
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

/** Scanner over one text: neighbour look-ups that skip blanks but never cross a line break. */
class Context {
  constructor(
    readonly text: string,
    readonly mask: Uint8Array,
  ) {}

  prevIndex(i: number): number {
    let j = i - 1;
    while (j >= 0 && isBlank(this.text[j])) j--;
    return j >= 0 && this.text[j] !== '\n' ? j : -1;
  }

  nextIndex(i: number): number {
    let j = i + 1;
    while (j < this.text.length && isBlank(this.text[j])) j++;
    return j < this.text.length && this.text[j] !== '\n' ? j : -1;
  }

  prev(i: number): string | undefined {
    const j = this.prevIndex(i);
    return j < 0 ? undefined : this.text[j];
  }

  next(i: number): string | undefined {
    const j = this.nextIndex(i);
    return j < 0 ? undefined : this.text[j];
  }

  hasCjkBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (isCjkChar(this.text[k])) return true;
    return false;
  }
}

/** 「1,000」「12,345,678」: a comma followed by exactly three digits, after a digit. */
function isThousandsComma(text: string, i: number): boolean {
  return (
    isDigit(text[i - 1]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
    !isDigit(text[i + 4])
  );
}

/**
 * Blanks between a converted mark and the Chinese text it belongs to are debris of the scrape
 * (「脏乱差, 累计」); the edit swallows them. Only the outer side is widened: blanks before a
 * 「，」 or after a 「（」 are left alone.
 */
function widenAfter(ctx: Context, i: number): number {
  const j = ctx.nextIndex(i);
  return j > i + 1 && isCjkChar(ctx.text[j]) ? j : i + 1;
}

function widenBefore(ctx: Context, i: number): number {
  const j = ctx.prevIndex(i);
  return j >= 0 && j < i - 1 && isCjkChar(ctx.text[j]) ? j + 1 : i;
}

/**
 * 「办结率100%,」「使用APP,」: a number or Latin word that is itself embedded in Chinese text
 * makes the mark after it Chinese too.
 */
function afterChineseToken(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[A-Za-z0-9.%‰℃-]/.test(text[j]!)) j--;
  return j < i - 1 && isCjkChar(text[j]);
}

function simpleMark(ctx: Context, i: number, ch: string): TextEdit | null {
  const { text } = ctx;
  if (ch === ',' && isThousandsComma(text, i)) return null;
  if (ch === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) return null;
  if (!isCjkChar(ctx.prev(i)) && !isCjkChar(ctx.next(i)) && !afterChineseToken(text, i)) return null;
  return { start: i, end: widenAfter(ctx, i), replacement: FULL_WIDTH[ch] ?? ch };
}

interface Pending {
  index: number;
  straight: boolean;
}

/**
 * Brackets: a pair is Chinese when a character right outside it or anything inside it is Chinese
 * (「(一)依法」「站(所)」「目录(2023年版)」), Latin when neither (「APP (iOS) 与」). A lone bracket — a
 * lost partner, as in seed 003's 「)全面开展」 — is judged by its own neighbours.
 */
function bracketEdits(ctx: Context, lineStart: number, lineEnd: number, out: TextEdit[]): void {
  const { text, mask } = ctx;
  const stack: Pending[] = [];
  const lone: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i];
    if (mask[i]) continue;
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
        isCjkChar(text[open.index - 1]) || isCjkChar(text[i + 1]) || ctx.hasCjkBetween(open.index + 1, i);
      if (!chinese) continue;
      if (open.straight) out.push({ start: widenBefore(ctx, open.index), end: open.index + 1, replacement: '（' });
      if (closeStraight) out.push({ start: i, end: widenAfter(ctx, i), replacement: '）' });
    }
  }
  for (const open of stack) if (open.straight) lone.push(open.index);
  for (const i of lone) {
    if (!isCjkChar(ctx.prev(i)) && !isCjkChar(ctx.next(i))) continue;
    out.push(
      text[i] === '('
        ? { start: widenBefore(ctx, i), end: i + 1, replacement: '（' }
        : { start: i, end: widenAfter(ctx, i), replacement: '）' },
    );
  }
}

const OPENING_CONTEXT = new Set(['（', '《', '〈', '【', '「', '：', '，', '。', '；', '、', '！', '？', '—', '(', '[']);

/**
 * Quotes alternate within a paragraph: curly ones already typed keep their role, and each
 * straight one opens when no quote is open and closes otherwise (「“谁主管,谁负责"」 → ”).
 */
function quoteEdits(
  ctx: Context,
  lineStart: number,
  lineEnd: number,
  marks: { straight: string; open: string; close: string },
  out: TextEdit[],
): void {
  const { text, mask } = ctx;
  let open: Pending | null = null;
  const lone: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i];
    if (mask[i]) continue;
    if (ch === marks.open) {
      if (open?.straight) lone.push(open.index);
      open = { index: i, straight: false };
    } else if (ch === marks.close) {
      if (open?.straight) out.push({ start: open.index, end: open.index + 1, replacement: marks.open });
      open = null;
    } else if (ch === marks.straight) {
      // An apostrophe inside a Latin word (「don't」) is no quote at all.
      if (ch === "'" && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue;
      if (!open) {
        open = { index: i, straight: true };
        continue;
      }
      const chinese =
        !open.straight ||
        isCjkChar(ctx.prev(open.index)) || isCjkChar(ctx.next(i)) || ctx.hasCjkBetween(open.index + 1, i);
      if (chinese) {
        if (open.straight) out.push({ start: open.index, end: open.index + 1, replacement: marks.open });
        out.push({ start: i, end: i + 1, replacement: marks.close });
      }
      open = null;
    }
  }
  if (open?.straight) lone.push(open.index);
  for (const i of lone) {
    const before = ctx.prev(i);
    if (!isCjkChar(before) && !isCjkChar(ctx.next(i))) continue;
    // Without a partner the side decides: after a line start, a blank or an opening mark it
    // opens; after text it closes.
    const opens = before === undefined || OPENING_CONTEXT.has(before) || isBlank(text[i - 1]);
    out.push({ start: i, end: i + 1, replacement: opens ? marks.open : marks.close });
  }
}

/**
 * Every half-width mark in `text` that stands in Chinese text, with its full-width replacement.
 * `text` may hold several paragraphs (one per line); pairing never crosses a line break. The
 * returned edits do not overlap and are sorted by offset.
 */
export function findHalfWidthPunctuation(text: string): TextEdit[] {
  const ctx = new Context(text, protectedMask(text));
  const out: TextEdit[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let i = lineStart; i < lineEnd; i++) {
      const ch = text[i]!;
      if (ctx.mask[i] || ch === '(' || ch === ')' || !(ch in FULL_WIDTH)) continue;
      const edit = simpleMark(ctx, i, ch);
      if (edit) out.push(edit);
    }
    bracketEdits(ctx, lineStart, lineEnd, out);
    quoteEdits(ctx, lineStart, lineEnd, { straight: '"', open: '“', close: '”' }, out);
    quoteEdits(ctx, lineStart, lineEnd, { straight: "'", open: '‘', close: '’' }, out);
    lineStart = lineEnd + 1;
  }
  out.sort((a, b) => a.start - b.start);
  // Widened edits may reach a neighbour's start (「, (」); keep the first, which covers it.
  const merged: TextEdit[] = [];
  for (const edit of out) {
    const last = merged[merged.length - 1];
    if (last && edit.start < last.end) continue;
    merged.push(edit);
  }
  return merged;
}

/** The text with every half-width mark in Chinese context replaced by its full-width form. */
export function normalizePunctuation(text: string): string {
  return applyEdits(text, findHalfWidthPunctuation(text));
}
