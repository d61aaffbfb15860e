// Text width in ems of the font size, the unit the GB/T 9704 grid counts in: a Chinese character
// or full-width mark is one 字, digits and Latin letters (set in Times New Roman) about half.

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
 * Word and LibreOffice add about a fifth of a 字 between Chinese and Latin letters or digits
 * (autoSpaceDE/DN, on by default); 「2024年度」 is 2 + 2 字 plus one such gap.
 */
export const AUTOSPACE_EM = 0.2;

const isAlnum = (char: string) => /^[A-Za-z0-9]$/.test(char);

/** True where text switching between `a` and `b` gets the Chinese/Latin gap. */
export function autospaceBetween(a: string, b: string): boolean {
  return (isAlnum(a) && charWidth(b) === 1) || (charWidth(a) === 1 && isAlnum(b));
}

/** Width as laid out: textWidth plus the Chinese/Latin gaps. */
export function layoutWidth(text: string): number {
  let width = 0;
  let previous = '';
  for (const char of text) {
    width += charWidth(char);
    if (previous && autospaceBetween(previous, char)) width += AUTOSPACE_EM;
    previous = char;
  }
  return width;
}

/** Lines a paragraph takes when `perLine` 字 fit on a line and the first line is indented. */
export function lineCount(text: string, perLine: number, firstLineIndent = 0): number {
  const width = textWidth(text) + firstLineIndent;
  return Math.max(1, Math.ceil(width / perLine - 1e-9));
}
