// Last year's text beside this year's: paragraphs paired by likeness (a rewritten paragraph still
// faces its old version), then the differences within a pair marked character by character —
// Chinese has no spaces, so words or lines would be far too coarse.
import { diffChars, type ChangeObject } from 'diff';

export interface Segment {
  text: string;
  /** Not in the other year's paragraph. */
  changed: boolean;
}

export interface CompareRow {
  /** Last year's paragraph, null where this year's has no counterpart. */
  previous: string | null;
  current: string | null;
  /** previous with what this year no longer has marked. */
  left: Segment[];
  /** current with what is new this year marked. */
  right: Segment[];
}

/** Paragraphs less alike than this are different paragraphs, not versions of one. */
const MIN_LIKENESS = 0.3;
/** Above this many paragraph pairs the pairing is done in order (a pathological text). */
const MAX_PAIRS = 40_000;
/**
 * Nor above this many bigram look-ups: comparing every paragraph with every other reads each
 * side's text once per paragraph of the other — a few hundred thousand for a real section, but
 * quadratic in a pasted text of many long paragraphs, which the pairing budget alone lets through.
 */
const MAX_LOOKUPS = 2_000_000;
/** A character diff with more edits than this is not worth reading: the whole pair is marked. */
const MAX_EDITS = 3_000;
/** Equal runs this short between two changes are noise (「的」「了」 matched by chance). */
const NOISE_CHARS = 2;

export function paragraphs(body: string): string[] {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character bigrams: 1 for equal texts, 0 for nothing in common. */
export function likeness(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const n of a.values()) total += n;
  for (const [g, n] of b) {
    total += n;
    common += Math.min(n, a.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}

/** Pairs of indexes (either side may be null), in the order of both lists. */
export function alignParagraphs(prev: readonly string[], cur: readonly string[]): Array<[number | null, number | null]> {
  const n = prev.length;
  const m = cur.length;
  const chars = (list: readonly string[]) => list.reduce((sum, p) => sum + p.length, 0);
  if (n * m > MAX_PAIRS || m * chars(prev) + n * chars(cur) > MAX_LOOKUPS) {
    return Array.from({ length: Math.max(n, m) }, (_, i) => [i < n ? i : null, i < m ? i : null]);
  }
  const pg = prev.map(bigrams);
  const cg = cur.map(bigrams);
  const sim = pg.map((a) => cg.map((b) => likeness(a, b)));
  // best[i][j]: the most likeness pairing prev[i..] with cur[j..] can reach, in order.
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= MIN_LIKENESS ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: Array<[number | null, number | null]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim[i]![j]!;
    if (s >= MIN_LIKENESS && best[i]![j] === s + best[i + 1]![j + 1]!) out.push([i++, j++]);
    else if (best[i]![j] === best[i + 1]![j]) out.push([i++, null]);
    else out.push([null, j++]);
  }
  while (i < n) out.push([i++, null]);
  while (j < m) out.push([null, j++]);
  return out;
}

/** Short equal runs between changes become part of the change, so the marks read as phrases. */
function tidy(parts: ChangeObject<string>[]): ChangeObject<string>[] {
  const out: ChangeObject<string>[] = [];
  parts.forEach((p, k) => {
    const between = k > 0 && k < parts.length - 1 && (parts[k - 1]!.added || parts[k - 1]!.removed) && (parts[k + 1]!.added || parts[k + 1]!.removed);
    if (!p.added && !p.removed && between && [...p.value].length <= NOISE_CHARS) {
      out.push({ value: p.value, added: false, removed: true, count: p.count });
      out.push({ value: p.value, added: true, removed: false, count: p.count });
    } else out.push(p);
  });
  return out;
}

function push(list: Segment[], text: string, changed: boolean) {
  const last = list.at(-1);
  if (last && last.changed === changed) last.text += text;
  else if (text) list.push({ text, changed });
}

export function diffParagraph(previous: string, current: string): { left: Segment[]; right: Segment[] } {
  const parts = diffChars(previous, current, { maxEditLength: MAX_EDITS });
  if (!parts) return { left: [{ text: previous, changed: true }], right: [{ text: current, changed: true }] };
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const p of tidy(parts)) {
    if (!p.added) push(left, p.value, p.removed);
    if (!p.removed) push(right, p.value, p.added);
  }
  return { left, right };
}

export function compareBodies(lastYearBody: string, currentBody: string): CompareRow[] {
  const prev = paragraphs(lastYearBody);
  const cur = paragraphs(currentBody);
  return alignParagraphs(prev, cur).map(([i, j]) => {
    const previous = i === null ? null : prev[i]!;
    const current = j === null ? null : cur[j]!;
    if (previous !== null && current !== null) return { previous, current, ...diffParagraph(previous, current) };
    return {
      previous,
      current,
      left: previous === null ? [] : [{ text: previous, changed: true }],
      right: current === null ? [] : [{ text: current, changed: true }],
    };
  });
}
