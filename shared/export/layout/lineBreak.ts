// Where the lines of a paragraph break, decided the way the word processor decides it, so the
// preview shows the same lines as the exported .docx. The model is LibreOffice Writer's (the
// render the tests hold the export to), which on this text agrees with Word in all but rare cases:
//
//  - The paragraph is cut into portions wherever the run (font) or the script changes. Inside a
//    portion every character but the last carries the run's character spacing (−0.25 pt for
//    3号 text: 28 字 fill the 156 mm line).
//  - Between a Chinese and a Latin portion, when the characters on both sides are letters or
//    digits, a gap of a fifth of the font size is inserted (autospace, w:autoSpaceDE/DN) — never
//    at the start of a line.
//  - A line takes characters while they fit. At the first that does not, a Chinese portion may
//    break between any two characters except before a closing mark or after an opening one
//    (kinsoku); a sentence mark (，。、；：？！) that does not fit hangs past the margin instead.
//    A Latin portion breaks at the last space or the last Chinese/Latin boundary before it.
import { advanceEm, isLetterOrNumber, resolveScripts, type Script } from './metrics';

/** May not start a line (LibreOffice's zh-CN list). */
export const NO_LINE_START: ReadonlySet<string> = new Set(
  Array.from(':!),.:;?]}¢\'"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―--′’”'),
);
/** May not end a line. */
export const NO_LINE_END: ReadonlySet<string> = new Set(Array.from('([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘'));
/** Sentence marks that may hang past the right margin rather than move down. */
const HANGING = new Set(Array.from('!,.:;?、。！，．：；？'));

export interface LayoutRun {
  text: string;
  /** Runs with different fonts are different portions, even in the same script. */
  font: string;
  bold: boolean;
}

export interface LineGeometry {
  /** Font size in points (16 for 3号, 22 for 2号). */
  size: number;
  /** Character spacing in points (w:spacing, −0.25 for 3号 body text). */
  spacing: number;
  /** Line length in points. */
  width: number;
  /** Indent of the first line, in points, taken off its length. */
  firstIndent: number;
}

/** A stretch of one line set in one font and script. */
export interface LineSegment {
  text: string;
  run: number;
  script: Script;
  /** Chinese/Latin gap before this segment, in points. */
  gapBefore: number;
}

export interface Line {
  /** Code-point offsets into the paragraph's text: the line is [start, end). */
  start: number;
  end: number;
  segments: LineSegment[];
  /** Width the line's characters take, in points, before justification (a hanging mark excluded). */
  width: number;
  /** The last character hangs past the margin. */
  hangs: boolean;
}

interface Glyph {
  char: string;
  run: number;
  script: Script;
  advance: number;
  letter: boolean;
  /** A new portion starts here (run or script change). */
  portion: boolean;
}

function glyphsOf(runs: readonly LayoutRun[], size: number): Glyph[] {
  const chars: string[] = [];
  const runOf: number[] = [];
  runs.forEach((r, run) => {
    for (const char of r.text) {
      chars.push(char);
      runOf.push(run);
    }
  });
  const scripts = resolveScripts(chars.map((c) => c.codePointAt(0) ?? 0));
  const glyphs: Glyph[] = new Array<Glyph>(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const run = runOf[i] as number;
    const script = scripts[i] ?? 'asian';
    glyphs[i] = {
      char,
      run,
      script,
      advance: advanceEm(char.codePointAt(0) ?? 0, script, runs[run]?.bold ?? false) * size,
      letter: isLetterOrNumber(char),
      portion: i === 0 || runOf[i - 1] !== run || scripts[i - 1] !== script,
    };
  }
  return glyphs;
}

const isSpace = (g: Glyph | undefined) => g !== undefined && (g.char === ' ' || g.char === '\u3000' || g.char === '\u00a0');

/**
 * LibreOffice's BreakIterator_CJK: the cut moves back over kinsoku pairs; a sentence mark hangs.
 * The walk back stops at the line's start: a cut there is no break (the caller then cuts where
 * the line is full), and walking further would cost the whole paragraph on every line of a long
 * run of closing marks.
 */
function chineseBreak(glyphs: readonly Glyph[], cut: number, lineStart: number): number {
  let pos = cut;
  if (HANGING.has(glyphs[pos]?.char ?? '')) {
    pos += 1;
    if (pos === glyphs.length) return pos;
  }
  if (pos > lineStart && pos < glyphs.length) {
    while (pos > lineStart && (NO_LINE_START.has(glyphs[pos]?.char ?? '') || NO_LINE_END.has(glyphs[pos - 1]?.char ?? ''))) pos -= 1;
  }
  return pos;
}

/** A Latin portion breaks after a space or where Chinese and Latin meet, not inside a word. */
function latinBreak(glyphs: readonly Glyph[], cut: number, lineStart: number): number {
  for (let pos = cut; pos > lineStart; pos--) {
    const before = glyphs[pos - 1];
    const after = glyphs[pos];
    if (!before || !after) continue;
    if (isSpace(before) && !isSpace(after)) return pos;
    const boundary = before.script === 'asian' || after.script === 'asian';
    if (boundary && !NO_LINE_START.has(after.char) && !NO_LINE_END.has(before.char)) return pos;
  }
  return lineStart;
}

function segmentsOf(glyphs: readonly Glyph[], start: number, end: number, gaps: ReadonlyMap<number, number>): LineSegment[] {
  const segments: LineSegment[] = [];
  for (let i = start; i < end; i++) {
    const g = glyphs[i];
    if (!g) continue;
    const last = segments[segments.length - 1];
    if (last && !g.portion) last.text += g.char;
    else segments.push({ text: g.char, run: g.run, script: g.script, gapBefore: gaps.get(i) ?? 0 });
  }
  return segments;
}

/** Breaks a paragraph into lines of `geometry.width` points. An empty paragraph is one empty line. */
export function breakLines(runs: readonly LayoutRun[], geometry: LineGeometry): Line[] {
  const glyphs = glyphsOf(runs, geometry.size);
  // The last letter at or before each glyph (-1: none), so finding the language of a cut never
  // walks back over a long run of marks.
  const lastLetter = new Int32Array(glyphs.length);
  for (let i = 0, last = -1; i < glyphs.length; i++) {
    if (glyphs[i]!.letter) last = i;
    lastLetter[i] = last;
  }
  const gap = geometry.size / 5;
  const lines: Line[] = [];
  let start = 0;
  if (glyphs.length === 0) return [{ start: 0, end: 0, segments: [], width: 0, hangs: false }];
  while (start < glyphs.length) {
    const available = geometry.width - (start === 0 ? geometry.firstIndent : 0);
    const gaps = new Map<number, number>();
    let x = 0;
    let cut = -1;
    let portionStart = start;
    for (let i = start; i < glyphs.length; i++) {
      const g = glyphs[i] as Glyph;
      if (i > start && g.portion) {
        // A portion's width counts the spacing between its characters, not after the last.
        x -= geometry.spacing;
        const before = glyphs[i - 1] as Glyph;
        if (before.letter && g.letter && before.script !== g.script && x + gap <= available) {
          x += gap;
          gaps.set(i, gap);
        }
        portionStart = i;
      }
      x += g.advance;
      if (x > available + 1e-6) {
        cut = i;
        break;
      }
      x += geometry.spacing;
    }
    if (cut < 0) {
      lines.push({ start, end: glyphs.length, segments: segmentsOf(glyphs, start, glyphs.length, gaps), width: x - geometry.spacing, hangs: false });
      break;
    }
    let end: number;
    let next: number;
    if (isSpace(glyphs[cut])) {
      end = cut;
      next = cut;
      while (isSpace(glyphs[next])) next++;
    } else {
      // The language deciding the break: the portion's, or that of the last letter before the cut
      // when it lies in an earlier portion (guess.cxx).
      const langIndex = Math.max(0, lastLetter[cut]!);
      const script = langIndex < portionStart ? (glyphs[langIndex] as Glyph).script : (glyphs[portionStart] as Glyph).script;
      end = script === 'asian' ? chineseBreak(glyphs, cut, start) : latinBreak(glyphs, cut, start);
      // Nothing breakable on the line: cut where it is full.
      if (end <= start) end = Math.max(cut, start + 1);
      next = end;
    }
    const hangs = end > cut;
    let trimmed = end;
    while (trimmed > start && isSpace(glyphs[trimmed - 1])) trimmed--;
    const width = lineWidth(glyphs, start, hangs ? cut : trimmed, gaps, geometry.spacing);
    lines.push({ start, end, segments: segmentsOf(glyphs, start, trimmed, gaps), width, hangs });
    start = next;
  }
  return lines;
}

function lineWidth(glyphs: readonly Glyph[], start: number, end: number, gaps: ReadonlyMap<number, number>, spacing: number): number {
  let width = 0;
  for (let i = start; i < end; i++) width += (glyphs[i]?.advance ?? 0) + (gaps.get(i) ?? 0) + (i < end - 1 ? spacing : 0);
  return width;
}
