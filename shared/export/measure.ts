// Text width in ems of the font size. Two measures: `textWidth` counts 字 the way a reader
// does (a Chinese character or full-width mark is one, a digit or Latin letter half) — used for
// length rules; `layoutWidth` is the width as set, from the fonts' real advances and the gap the
// word processor puts between Chinese and Latin letters (layout/metrics.ts, layout/lineBreak.ts).
import { advanceEm, isLetterOrNumber, resolveScripts } from './layout/metrics';

function isFullWidth(code: number): boolean {
  // General punctuation that Chinese fonts draw full-width when the run hints eastAsia:
  // — ‖ ‘ ’ “ ” … and the middle dot.
  if (code === 0x00b7 || (code >= 0x2014 && code <= 0x2026)) return true;
  if (code < 0x2e80) return false;
  // Half-width katakana/hangul and half-width symbols inside the full-width forms block.
  if (code >= 0xff61 && code <= 0xffdc) return false;
  if (code >= 0xffe8 && code <= 0xffee) return false;
  return true;
}

export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return isFullWidth(code) ? 1 : 0.5;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * The gap Word and LibreOffice put between a Chinese and a Latin letter or digit (autospace,
 * w:autoSpaceDE/DN): a fifth of the font size. 「2024年度」 is 2 + 2 字 plus one such gap.
 */
export const AUTOSPACE_EM = 0.2;

/** True where text switching between `a` and `b` gets the Chinese/Latin gap. */
export function autospaceBetween(a: string, b: string): boolean {
  if (!isLetterOrNumber(a) || !isLetterOrNumber(b)) return false;
  const [sa, sb] = resolveScripts([a.codePointAt(0) ?? 0, b.codePointAt(0) ?? 0]);
  return sa !== sb;
}

/** Width as set without character spacing: real advances plus the Chinese/Latin gaps. */
export function layoutWidth(text: string): number {
  const chars = Array.from(text);
  const scripts = resolveScripts(chars.map((c) => c.codePointAt(0) ?? 0));
  let width = 0;
  chars.forEach((char, i) => {
    width += advanceEm(char.codePointAt(0) ?? 0, scripts[i] ?? 'asian');
    const previous = chars[i - 1];
    if (previous !== undefined && scripts[i - 1] !== scripts[i] && isLetterOrNumber(previous) && isLetterOrNumber(char)) width += AUTOSPACE_EM;
  });
  return width;
}
