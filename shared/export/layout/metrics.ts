// Glyph advances and script classes, as the word processor sees them. Chinese text is set in
// the 公文 fonts, every character of which is one em wide; digits and Latin letters are set in
// Times New Roman (w:ascii/w:hAnsi), whose advances are below — taken from Liberation Serif,
// which is metric-compatible with it, so they hold for Word on Windows and LibreOffice alike.
//
// Which font a character gets follows LibreOffice's script classes (i18npool's block table):
// Basic Latin up to the spacing modifiers are Latin, the CJK blocks and full-width forms Asian,
// and general punctuation (“” — …), symbols and spaces "weak": they take the script of the
// character before them (at the start of a paragraph, of the first strong one after).

export type Script = 'asian' | 'latin';
type ScriptClass = Script | 'weak';

/** Advances in 1/2048 em of U+0020–U+007E, then U+00A0–U+00FF. */
const LATIN_REGULAR = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479,
  1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024,
  1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108, 512,
  682, 1024, 1024, 1024, 1024, 410, 1024, 682, 1556, 565, 1024, 1155, 682, 1556, 1024, 819, 1124, 614, 614, 682, 1180, 928, 682, 682,
  614, 635, 1024, 1536, 1536, 1536, 909, 1479, 1479, 1479, 1479, 1479, 1479, 1821, 1366, 1251, 1251, 1251, 1251, 682, 682, 682, 682, 1479,
  1479, 1479, 1479, 1479, 1479, 1479, 1155, 1479, 1479, 1479, 1479, 1479, 1479, 1139, 1024, 909, 909, 909, 909, 909, 909, 1366, 909, 909,
  909, 909, 909, 569, 569, 569, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1124, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
];

const LATIN_BOLD = [
  512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593,
  1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024,
  1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065, 512,
  682, 1024, 1024, 1024, 1024, 451, 1024, 682, 1530, 614, 1024, 1167, 682, 1530, 1024, 819, 1124, 614, 614, 682, 1180, 1106, 683, 682,
  614, 676, 1024, 1536, 1536, 1536, 1024, 1479, 1479, 1479, 1479, 1479, 1479, 2048, 1479, 1366, 1366, 1366, 1366, 797, 797, 797, 797, 1479,
  1479, 1593, 1593, 1593, 1593, 1593, 1167, 1593, 1479, 1479, 1479, 1479, 1479, 1251, 1139, 1024, 1024, 1024, 1024, 1024, 1024, 1479, 909, 909,
  909, 909, 909, 569, 569, 569, 569, 1024, 1139, 1024, 1024, 1024, 1024, 1024, 1124, 1024, 1139, 1139, 1139, 1139, 1024, 1139, 1024,
];

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
