// Breaking a long 公文 title into centred lines. GB/T 9704 7.3.1: when a title wraps, keep words
// whole, make the lines balanced and arrange them as a trapezoid or diamond — never an hourglass,
// never a lone word on the last line. Word and WPS would wrap a centred title greedily (a full
// first line and a stub), so the exporter chooses the breaks itself.
import { textWidth } from './measure';

/** 2号 (22 pt) characters that fit the 156 mm 版心: 8844 / 440 twips. */
export const TITLE_CHARS_PER_LINE = 20;

const PAIRS: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '〈': '〉', '【': '】' };
/** May not start a line: closing marks, enumeration commas, structural particles. */
const NO_LINE_START = /^[、，。：；？！）)》”’〉】…—·的之]/;
/** May not end a line: opening marks. */
const NO_LINE_END = /[（(《“‘〈【]$/;
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

/** Splits a title into tokens no line break may fall inside. */
export function titleTokens(text: string): string[] {
  const words = segmentWords(text);
  const tokens: string[] = [];
  let open: { close: string; text: string } | null = null;
  for (const word of words) {
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
  if (open) tokens.push(...segmentWords(open.text));

  const glued: string[] = [];
  for (const token of tokens) {
    const previous = glued[glued.length - 1];
    const gluesBack =
      previous !== undefined &&
      (/^\s+$/.test(token) ||
        NO_LINE_START.test(token) ||
        NO_LINE_END.test(previous) ||
        (/\d$/.test(previous) && AFTER_NUMBER.test(token)) ||
        (/[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(token)));
    // Spaces stay with the word before them; a line's trailing space is trimmed below.
    if (gluesBack) glued[glued.length - 1] = previous + token;
    else glued.push(token);
  }
  return glued;
}

/** Tokens wider than a line must be cut anyway: per character, Latin runs whole if they fit. */
function splitOversized(tokens: string[], maxWidth: number): string[] {
  return tokens.flatMap((token) => {
    if (textWidth(token) <= maxWidth) return [token];
    const pieces = token.match(/[A-Za-z0-9]+|[^A-Za-z0-9]/g) ?? [token];
    return pieces.flatMap((piece) => (textWidth(piece) <= maxWidth ? [piece] : Array.from(piece)));
  });
}

/**
 * Best split of `widths` into exactly `lines` lines, or null when none fits. Cost: squared
 * deviation from the mean line (balance); a smaller cost for every line shorter than the one
 * above it, so equal-cost choices take the upright trapezoid (上短下长) seen in 国务院 titles; and
 * a large one for a line shorter than both its neighbours — the hourglass the standard rules out
 * (a diamond, longest in the middle, is allowed).
 */
function bestSplit(widths: number[], lines: number, maxWidth: number): number[] | null {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const mean = total / lines;
  const n = widths.length;
  const prefix = [0];
  for (const w of widths) prefix.push((prefix[prefix.length - 1] ?? 0) + w);
  const span = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
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
  if (textWidth(trimmed) <= maxWidth) return [trimmed];
  const tokens = splitOversized(titleTokens(trimmed), maxWidth);
  const widths = tokens.map(textWidth);
  const total = widths.reduce((sum, w) => sum + w, 0);
  for (let lines = Math.ceil(total / maxWidth); lines <= tokens.length; lines++) {
    const breaks = bestSplit(widths, lines, maxWidth);
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
