// Characters XML 1.0 cannot hold: a .docx with one of them is not XML, and neither Word nor WPS
// nor LibreOffice opens it. They arrive in pasted text, .txt and .docx imports and typed fields
// (an ESC from a terminal, U+FFFE from a broken converter, half of a surrogate pair cut by a
// length limit) and are removed at every entry (the API contract's text fields, the import reader)
// and again when the export model is built, for text stored before.
//
// Removed: C0 controls except tab, line feed and carriage return; U+FFFE/U+FFFF and the other
// noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane); lone surrogates.

// Quick test first: almost every text has none of these, and is returned as it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

export function stripXmlIllegal(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let drop = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A pair: kept unless it is a supplementary plane's noncharacter (U+1FFFE, U+1FFFF, …).
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        if ((cp & 0xfffe) !== 0xfffe) {
          i++;
          continue;
        }
        drop = 2;
      }
    } else if (!((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff)) {
      continue;
    }
    out += text.slice(from, i);
    i += drop - 1;
    from = i + 1;
  }
  return out + text.slice(from);
}
