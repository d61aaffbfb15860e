// Texts in traditional script are checked with the same word lists as simplified ones: the rules
// match on the text folded to simplified script (OpenCC's traditional → mainland conversion) and
// report offsets in the original, which the fold keeps character for character.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;

/** OpenCC builds its dictionaries on first use (a few milliseconds); most texts never need them. */
function converter(): (text: string) => string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert;
}

/**
 * Characters that exist only in traditional script and are common in these reports. A text with
 * none of them is taken as simplified and returned as it is, without the conversion's cost.
 */
const TRADITIONAL_HINT = /[們來個這會時發與為對從動區縣鄉鎮將黨務設關當據應導職權規範執監體責報計劃開幹還進過處義實現經樣機條態組織領學習貫徹議論訊訴調級參問題構網頁瀏覽號碼書類適準則國屆戰綱產]/;

const cache = new Map<string, string>();
const CACHE_SIZE = 512;

/** One line folded; a phrase the converter turned into another length is folded char by char. */
function foldLine(line: string): string {
  const out = converter()(line);
  if (out.length === line.length) return out;
  let chars = '';
  for (const ch of line) chars += ch.length === 1 ? converter()(ch).slice(0, 1) || ch : ch;
  return chars;
}

/**
 * `text` in simplified script with every character at its original offset (same length). Results
 * are remembered for the last few hundred texts: the checks run on every keystroke, and only the
 * section being typed in changes.
 */
export function foldScript(text: string): string {
  // Several rule families ask for the same texts on every run: the answer is remembered either way.
  const known = cache.get(text);
  if (known !== undefined) return known;
  const folded = TRADITIONAL_HINT.test(text) ? text.split('\n').map(foldLine).join('\n') : text;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, folded);
  return folded;
}
