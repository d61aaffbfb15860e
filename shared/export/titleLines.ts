// Breaking a long 公文 title into centred lines. GB/T 9704 7.3.1: when a title wraps, keep words
// whole, make the lines balanced and arrange them as a trapezoid or diamond — never an hourglass,
// never a lone word on the last line. Word and WPS would wrap a centred title greedily (a full
// first line and a stub), so the exporter chooses the breaks itself.
import { NO_LINE_END, NO_LINE_START } from './layout/lineBreak';
import { AUTOSPACE_EM, autospaceBetween, layoutWidth } from './measure';

/** 2号 (22 pt) characters that fit the 156 mm 版心: 8844 / 440 twips. */
export const TITLE_CHARS_PER_LINE = 20;

const PAIRS: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '〈': '〉', '【': '】' };
/** A title line may not start with a closing mark (the layout's kinsoku), an ellipsis or dash, or 的/之. */
const startsBadly = (token: string) => NO_LINE_START.has(token[0] ?? '') || /^[…—的之]/.test(token);
/** May not end a line: opening marks. */
const endsBadly = (token: string) => NO_LINE_END.has(token.slice(-1));
/** Units that belong to the number before them: 「2024年度」 stays together. */
const AFTER_NUMBER = /^[年月日号度届季期次]/;

function segmentWords(text: string): string[] {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  // Without a dictionary: one token per Chinese character, Latin/digit runs kept whole.
  return text.match(/[A-Za-z0-9]+|[^A-Za-z0-9]/g) ?? [];
}

/**
 * Splits a title into tokens no line break may fall inside: words, with a bracketed 《》（）“”
 * span kept whole unless `brackets` is false.
 */
export function titleTokens(text: string, brackets = true): string[] {
  const words = segmentWords(text);
  const tokens: string[] = [];
  let open: { close: string; text: string } | null = null;
  for (const word of brackets ? words : []) {
    if (open) {
      open.text += word;
      if (word.includes(open.close)) {
        tokens.push(open.text);
        open = null;
      }
      continue;
    }
    const first = word[0] ?? '';
    const close = PAIRS[first];
    if (close !== undefined && !word.includes(close)) {
      open = { close, text: word };
      continue;
    }
    tokens.push(word);
  }
  // An unclosed bracket: its words are ordinary tokens again.
  if (open) for (const word of segmentWords(open.text)) tokens.push(word);
  if (!brackets) for (const word of words) tokens.push(word);

  const glued: string[] = [];
  for (const token of tokens) {
    const previous = glued[glued.length - 1];
    const gluesBack =
      previous !== undefined &&
      (/^\s+$/.test(token) ||
        startsBadly(token) ||
        endsBadly(previous) ||
        (/\d$/.test(previous) && AFTER_NUMBER.test(token)) ||
        (/[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(token)));
    // Spaces stay with the word before them; a line's trailing space is trimmed below.
    if (gluesBack) glued[glued.length - 1] = previous + token;
    else glued.push(token);
  }
  return glued;
}

/**
 * Tokens wider than a line must be cut anyway: a bracketed span at its words, a word per
 * character (Latin runs whole if they fit).
 */
function splitOversized(tokens: string[], maxWidth: number): string[] {
  return tokens.flatMap((token) => {
    if (layoutWidth(token) <= maxWidth) return [token];
    return titleTokens(token, false).flatMap((word) => {
      if (layoutWidth(word) <= maxWidth) return [word];
      const pieces = word.match(/[A-Za-z0-9]+|[^A-Za-z0-9]/g) ?? [word];
      return pieces.flatMap((piece) => (layoutWidth(piece) <= maxWidth ? [piece] : Array.from(piece)));
    });
  });
}

/**
 * Best split of `widths` into exactly `lines` lines, or null when none fits. Cost: squared
 * deviation from the mean line (balance); a smaller cost for every line shorter than the one
 * above it, so equal-cost choices take the upright trapezoid (上短下长) seen in 国务院 titles; and
 * a large one for a line shorter than both its neighbours — the hourglass the standard rules out
 * (a diamond, longest in the middle, is allowed).
 */
function bestSplit(widths: number[], gaps: number[], lines: number, maxWidth: number): number[] | null {
  const n = widths.length;
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push((prefix[i] ?? 0) + (widths[i] ?? 0) + (i > 0 ? (gaps[i - 1] ?? 0) : 0));
  // A line from token `from` to `to` (exclusive) has the gaps inside it, not the one before it.
  const span = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0) - (from > 0 ? (gaps[from - 1] ?? 0) : 0);
  const mean = span(0, n) / lines;
  type Best = { cost: number; breaks: number[] } | null;
  const memo = new Map<string, Best>();

  // `above` and `aboveThat` are the widths of the two lines before this one (-1: none).
  const solve = (start: number, left: number, above: number, aboveThat: number): Best => {
    const key = `${start}:${left}:${above}:${aboveThat}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: Best = null;
    const lastEnd = left === 1 ? n : n - left + 1;
    for (let end = left === 1 ? n : start + 1; end <= lastEnd; end++) {
      const width = span(start, end);
      if (width > maxWidth) break;
      let here = (width - mean) ** 2;
      if (above > width) here += (above - width) * 0.5;
      if (aboveThat > above && width > above) here += 3 * (Math.min(aboveThat, width) - above) + 2;
      const rest = left === 1 ? { cost: 0, breaks: [] } : solve(end, left - 1, width, above);
      if (rest && (!best || here + rest.cost < best.cost - 1e-9)) {
        best = { cost: here + rest.cost, breaks: [end, ...rest.breaks] };
      }
    }
    memo.set(key, best);
    return best;
  };

  return solve(0, lines, -1, -1)?.breaks ?? null;
}

function breakOne(text: string, maxWidth: number): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (layoutWidth(trimmed) <= maxWidth) return [trimmed];
  const tokens = splitOversized(titleTokens(trimmed), maxWidth);
  const widths = tokens.map((t) => layoutWidth(t.trimEnd()));
  // A space or Chinese/Latin gap between two tokens counts only when they share a line.
  const gaps = tokens.slice(1).map((t, i) => {
    const before = tokens[i] ?? '';
    const trailingSpace = layoutWidth(before.slice(before.trimEnd().length));
    return trailingSpace + (autospaceBetween(before.slice(-1), t.slice(0, 1)) ? AUTOSPACE_EM : 0);
  });
  const total = widths.reduce((sum, w) => sum + w, 0) + gaps.reduce((sum, g) => sum + g, 0);
  for (let lines = Math.ceil(total / maxWidth); lines <= tokens.length; lines++) {
    const breaks = bestSplit(widths, gaps, lines, maxWidth);
    if (!breaks) continue;
    const result: string[] = [];
    let from = 0;
    for (const to of breaks) {
      result.push(tokens.slice(from, to).join('').trim());
      from = to;
    }
    return result;
  }
  return [trimmed];
}

/**
 * The title's lines as they are to be set, each at most `maxWidth` 字 wide. Line breaks the user
 * typed are kept; each line is then balanced on its own.
 */
export function breakTitleLines(title: string, maxWidth = TITLE_CHARS_PER_LINE): string[] {
  return title.split(/\r?\n/).flatMap((part) => breakOne(part, maxWidth));
}
