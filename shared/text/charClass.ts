// What kind of character stands at a place in Chinese text. By code unit, not regex: the checks
// and the punctuation finder ask this for every character of every paragraph on each keystroke.

/** Han ideographs (with extension A, compatibility forms; a surrogate pair counts by its high half). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

export function isHanChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}

/**
 * Han ideographs and radicals, CJK symbols and punctuation (、。〈〉《》「」【】〔〕), full-width forms
 * (，：；（）！？ and full-width letters), and the curly quotes, dash and ellipsis Chinese text uses.
 */
export function isCjkCode(c: number): boolean {
  return (
    isHanCode(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2014 ||
    c === 0x2026 ||
    (c >= 0x2e80 && c <= 0x2fdf)
  );
}

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isCjkCode(ch.charCodeAt(0));
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}
