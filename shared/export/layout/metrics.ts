// Glyph advances and script classes, as the word processor sees them. Chinese text is set in
// the 公文 fonts, every character of which is one em wide; digits and Latin letters are set in
// Times New Roman (w:ascii/w:hAnsi), whose advances are below — taken from Liberation Serif,
// which is metric-compatible with it, so they hold for Word on Windows and LibreOffice alike.
//
// Which font a character gets follows LibreOffice's script classes (i18npool's block table):
// Basic Latin up to the spacing modifiers are Latin, the CJK blocks and full-width forms Asian,
// and general punctuation (“” — …), symbols and spaces "weak": they take the script of the
// character before them (at the start of a paragraph, of the first strong one after).

import latinAdvances from './latinAdvances.json';

export type Script = 'asian' | 'latin';
type ScriptClass = Script | 'weak';

/** Advances in 1/2048 em of U+0020–U+007E, then U+00A0–U+00FF (data: latinAdvances.json). */
const { regular: LATIN_REGULAR, bold: LATIN_BOLD } = latinAdvances;

/** General punctuation set in the Latin font (after a Latin character), in 1/2048 em. */
const LATIN_PUNCTUATION: Record<number, number> = {
  0x2013: 1024, 0x2014: 2048, 0x2015: 2048, 0x2018: 682, 0x2019: 682, 0x201c: 909, 0x201d: 909,
  0x2022: 717, 0x2026: 2048, 0x2030: 2048,
};

function latinTableIndex(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return code - 0x20;
  if (code >= 0xa0 && code <= 0xff) return code - 0xa0 + 95;
  return -1;
}

/** LibreOffice's script class of a code point (BreakIteratorImpl::getScriptClass). */
function scriptClass(code: number): ScriptClass {
  if (code === 0x20 || code === 0xa0 || code < 0x20) return 'weak';
  if (code <= 0x02ff) return 'latin';
  if (code <= 0x036f) return 'weak'; // combining marks
  if (code <= 0x10ff) return 'latin'; // Greek … Georgian (complex scripts fall back to the Latin font)
  if (code <= 0x11ff) return 'asian'; // Hangul Jamo
  if (code >= 0x1e00 && code <= 0x1fff) return 'latin';
  if (code >= 0x2e80 && code <= 0xd7af) return 'asian'; // CJK radicals … Hangul syllables
  if (code >= 0xf900 && code <= 0xfdff) return 'asian';
  if (code >= 0xfe30 && code <= 0xfe6f) return 'asian';
  if (code >= 0xff00 && code <= 0xffef) return 'asian';
  if (code >= 0x20000 && code <= 0x3ffff) return 'asian'; // CJK extensions B–H
  return 'weak';
}

/** Scripts of a paragraph's characters, weak ones resolved to their neighbour's. */
export function resolveScripts(codes: readonly number[]): Script[] {
  const classes = codes.map(scriptClass);
  const firstStrong = classes.find((c): c is Script => c !== 'weak') ?? 'asian';
  let current: Script = firstStrong;
  return classes.map((c) => {
    if (c !== 'weak') current = c;
    return current;
  });
}

/** Advance of one character in ems of the font size, in the font its script selects. */
export function advanceEm(code: number, script: Script, bold = false): number {
  if (script === 'latin') {
    const index = latinTableIndex(code);
    if (index >= 0) return ((bold ? LATIN_BOLD : LATIN_REGULAR)[index] ?? 1024) / 2048;
    const punctuation = LATIN_PUNCTUATION[code];
    if (punctuation !== undefined) return punctuation / 2048;
    return scriptClass(code) === 'latin' ? 0.5 : 1;
  }
  // Half-width forms inside the full-width block; an ordinary space in the Chinese font.
  if ((code >= 0xff61 && code <= 0xffdc) || (code >= 0xffe8 && code <= 0xffee)) return 0.5;
  if (code === 0x20 || code === 0xa0) return 0.224;
  return 1;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Letters and digits of any script: only between two of these does the Chinese–Latin gap go. */
export function isLetterOrNumber(char: string): boolean {
  // The common cases without a Unicode regex: this runs for every character of a report.
  const c = char.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_NUMBER.test(char);
}
