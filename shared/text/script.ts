// Reports arrive in traditional script too (a Hong Kong or Taiwan mirror of a county website, a
// page the browser converted). The text is kept as the user gave it; only for *recognising*
// things — debris lines, headings, parts, areas, unit names — is it read in simplified script, so
// that one rule covers both. The conversion is OpenCC's (opencc-js, traditional → mainland).
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;

/** Builds OpenCC's dictionaries on first use (a few milliseconds); most texts never need them. */
function converter(): (text: string) => string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert;
}

/**
 * Characters that exist only in traditional script and are common in these reports; a text with
 * none of them is taken as simplified and returned unchanged without loading the dictionaries.
 */
const TRADITIONAL_HINT = '們來個這會時發與為對從動區縣鄉鎮將黨務設關當據應導職權規範執監體責報計劃開幹還進過處義實現經樣機條態組織領學習貫徹議論訊訴調級參問題構網頁瀏覽號碼書類適準則國屆戰綱產';

/** One flag per UTF-16 unit: a table look-up per character is several times faster than a
 *  character class of a hundred scattered code points (the import and the checks ask this of
 *  every line). All the hints are in the BMP, one unit each. */
const HINT_TABLE = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_HINT.length; i++) HINT_TABLE[TRADITIONAL_HINT.charCodeAt(i)] = 1;

function hasTraditionalHint(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (HINT_TABLE[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** The text in simplified script, for matching; the same text when it has no traditional characters. */
export function toSimplified(text: string): string {
  return hasTraditionalHint(text) ? converter()(text) : text;
}

const folded = new Map<string, string>();
const FOLD_CACHE_SIZE = 512;

/** One line folded; a phrase the converter turned into another length is folded char by char. */
function foldLine(line: string): string {
  const out = converter()(line);
  if (out.length === line.length) return out;
  let chars = '';
  for (const ch of line) chars += ch.length === 1 ? converter()(ch).slice(0, 1) || ch : ch;
  return chars;
}

/**
 * `text` in simplified script with every character at its original offset (same length), so that
 * a rule matching the folded text reports places in the original: the checks (审校) use this.
 * Results are remembered for the last few hundred texts: the checks run on every keystroke and
 * several rule families ask for the same texts, while only the section being typed in changes.
 */
export function foldScript(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = hasTraditionalHint(text) ? text.split('\n').map(foldLine).join('\n') : text;
  if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
  folded.set(text, result);
  return result;
}
