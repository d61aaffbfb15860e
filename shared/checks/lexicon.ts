// The typo lexicon (resources/rules/lexicon.json): words typed for others in a given context
// (确实→切实 before 履行, 截止→截至 before a date), characters that are never doubled (县县, 的的),
// and the watermarks document-sharing sites stamp into pages. Each list is compiled once into one
// regular expression (alternatives of literals, no nested quantifiers: linear in the text) and run
// over the text folded to simplified script, so traditional-script reports are checked too.
import { escapeRegExp as escape } from '../text/regExp';
import { foldScript } from '../text/script';
import { perText } from './context';
import type { CheckContext, Confusable, DoubledChar, Lexicon, RawFinding, TextInfo } from './types';

/** One alternation of literals, longest first so a longer entry wins over its prefix. */
function literals(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

interface CompiledLexicon {
  confusable: RegExp | null;
  byWrong: Map<string, Confusable[]>;
  doubled: RegExp | null;
  byChar: Map<string, DoubledChar>;
  watermark: RegExp | null;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

// A site's address glued into a sentence (「…第一秘书之家—全网资源每日更新www.mishuzj.com责任人…」):
// no report writes a web address without a break, and a government one (.gov.cn) is left alone.
const GLUED_ADDRESS = /(?<=[\p{Script=Han}])(?:https?:\/\/)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

// What may sit between the parts of a watermark: blanks, separators and the site's address.
const WATERMARK_GLUE = String.raw`(?:[\s\u3000,，、|｜:：]*(?:(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|%WM%))*`;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const known = compiled.get(lexicon);
  if (known) return known;
  const byWrong = new Map<string, Confusable[]>();
  for (const c of lexicon.confusables) byWrong.set(c.wrong, [...(byWrong.get(c.wrong) ?? []), c]);
  const byChar = new Map(lexicon.doubled.map((d) => [d.char, d]));
  const marks = literals(lexicon.watermarks.map((w) => w.text));
  const result: CompiledLexicon = {
    confusable: byWrong.size > 0 ? new RegExp(literals([...byWrong.keys()]), 'g') : null,
    byWrong,
    // A listed character followed by itself.
    byChar,
    doubled: byChar.size > 0 ? new RegExp(`([${escape([...byChar.keys()].join(''))}])\\1`, 'g') : null,
    // The site's name, then its address or slogan: all of it is debris.
    watermark: marks ? new RegExp(`(?:${marks})${WATERMARK_GLUE.replace('%WM%', marks)}`, 'g') : null,
  };
  compiled.set(lexicon, result);
  return result;
}

function contextFits(c: Confusable, text: string, start: number, end: number): boolean {
  if (c.followedBy) {
    const word = c.followedBy.find((w) => text.startsWith(w, end));
    if (word === undefined) return false;
    if (c.unlessThen?.some((w) => text.startsWith(w, end + word.length))) return false;
  }
  if (c.precededBy && !c.precededBy.some((w) => text.endsWith(w, start))) return false;
  return true;
}

function confusableFindings(info: TextInfo, folded: string, lex: CompiledLexicon): RawFinding[] {
  const out: RawFinding[] = [];
  if (!lex.confusable) return out;
  const text = info.text;
  for (const m of folded.matchAll(lex.confusable)) {
    const start = m.index;
    const end = start + m[0].length;
    const entry = lex.byWrong.get(m[0])?.find((c) => contextFits(c, folded, start, end));
    if (!entry) continue;
    const written = text.slice(start, end);
    // In a traditional-script text the fix would mix scripts: offered for simplified text only.
    const fix = written === m[0] ? { fix: { kind: 'typo' as const, edits: [{ start, end, replacement: entry.right }] } } : {};
    out.push({
      rule: 'confusable',
      severity: entry.severity ?? 'warning',
      message: `“${written}”在此处应为“${entry.right}”（例：${entry.example}）。依据：${entry.source}`,
      ...info.place,
      start,
      end,
      ...fix,
    });
  }
  return out;
}

function doubledFindings(info: TextInfo, folded: string, lex: CompiledLexicon): RawFinding[] {
  const out: RawFinding[] = [];
  if (!lex.doubled) return out;
  const re = lex.doubled;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const at = m.index;
    const entry = lex.byChar.get(m[1]!)!;
    // 「县县委」: the second 县 starts the word 县委. A run of three is someone's stutter too.
    const next = folded[at + 2] ?? '';
    if (next !== m[1] && next !== '' && entry.startsWordBefore?.includes(next)) continue;
    const prev = at > 0 ? folded[at - 1]! : '';
    if (prev !== '' && entry.endsWordAfter?.includes(prev)) continue;
    if ((entry.unless ?? []).some((w) => {
      const i = w.indexOf(m![0]);
      return folded.startsWith(w, at - i);
    })) continue;
    const ch = info.text[at]!;
    out.push({
      rule: 'doubled-char',
      severity: 'error',
      message: `“${ch}”连写了两次，应删去一个（例：${entry.example}）。`,
      ...info.place,
      start: at,
      end: at + 2,
      fix: { kind: 'doubled-char', edits: [{ start: at + 1, end: at + 2, replacement: '' }] },
    });
    // 「县县县」 is one finding, not two.
    re.lastIndex = at + 2;
  }
  return out;
}

const BLANK = /[ \t\u3000\u00A0]/;

function addressFindings(info: TextInfo, taken: readonly RawFinding[]): RawFinding[] {
  const out: RawFinding[] = [];
  const text = info.text;
  for (const m of text.matchAll(GLUED_ADDRESS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/\.gov\.cn$/i.test(m[0]) || taken.some((f) => f.start <= start && end <= f.end)) continue;
    out.push({
      rule: 'web-debris',
      severity: 'error',
      message: `“${m[0]}”是夹在正文中的网址，多为文档网站的水印，应删去（连同网站名称）。`,
      ...info.place,
      start,
      end,
      fix: { kind: 'debris', edits: [{ start, end, replacement: '' }] },
    });
  }
  return out;
}

function watermarkFindings(info: TextInfo, folded: string, lex: CompiledLexicon): RawFinding[] {
  const out: RawFinding[] = [];
  if (!lex.watermark) return addressFindings(info, out);
  const text = info.text;
  for (const m of folded.matchAll(lex.watermark)) {
    const start = m.index;
    let end = start + m[0].length;
    // Trailing separators stay with the text after it (「…公文汇，办公文档之家，」).
    while (end > start && /[\s\u3000,，、|｜:：]/.test(folded[end - 1]!)) end--;
    let cut = start;
    while (cut > 0 && BLANK.test(text[cut - 1]!)) cut--;
    const lineStart = text.lastIndexOf('\n', cut - 1) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline < 0 ? text.length : newline;
    // A line that holds nothing else goes as a whole, with its line break.
    const alone = text.slice(lineStart, cut).trim() === '' && text.slice(end, lineEnd).trim() === '';
    const edit = !alone
      ? { start: cut, end, replacement: '' }
      : newline >= 0
        ? { start: lineStart, end: newline + 1, replacement: '' }
        : { start: Math.max(0, lineStart - 1), end: lineEnd, replacement: '' };
    out.push({
      rule: 'web-debris',
      severity: 'error',
      message: `“${text.slice(start, end)}”是文档网站加在页面上的水印，不是报告内容，应删去。`,
      ...info.place,
      start,
      end,
      fix: { kind: 'debris', edits: [edit] },
    });
  }
  return [...out, ...addressFindings(info, out)];
}

/** The lexicon's findings in one text (a body, the opening or a title). */
const lexiconOf = perText((info, { lexicon }) => {
  const lex = compileLexicon(lexicon);
  const folded = foldScript(info.text);
  return [...confusableFindings(info, folded, lex), ...doubledFindings(info, folded, lex), ...watermarkFindings(info, folded, lex)];
});

export function checkLexicon(ctx: CheckContext): RawFinding[] {
  return [...ctx.texts, ...ctx.titles].flatMap((info) => lexiconOf(info, ctx.env));
}
