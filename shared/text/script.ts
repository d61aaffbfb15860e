// Reports arrive in traditional script too (a Hong Kong or Taiwan mirror of a county website, a
// page the browser converted). The text is kept as the user gave it; only for *recognising*
// things — debris lines, headings, parts, areas, unit names — is it read in simplified script, so
// that one rule covers both. The conversion is OpenCC's (opencc-js, traditional → mainland).
import * as OpenCC from 'opencc-js/t2cn';
import { hasTraditionalHint } from './traditionalHint';

let convert: ((text: string) => string) | null = null;

/** Builds OpenCC's dictionaries on first use (a few milliseconds); most texts never need them. */
function converter(): (text: string) => string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert;
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
