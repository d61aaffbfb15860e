// Punctuation and characters: half-width marks, unpaired 「“”」《》（）, nested 《》 without 〈〉,
// 「互联网十」, dates that lost 年/月, a sentence said twice, a paragraph broken mid-sentence.

import { findHalfWidthPunctuation } from '../text/punctuation';
import { nestedTitlePairs } from '../text/titleMarks';
import type { TextEdit } from '../text/edits';
import { parseHeadingNumber } from '../gongwen/headingNumbers';
import { perText, webDebrisLines } from './context';
import type { CheckContext, FixKind, RawFinding, TextInfo } from './types';

/** Half-width marks, one finding per paragraph and kind, each mark listed for highlighting. */
function widthFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  const edits = findHalfWidthPunctuation(body);
  const groups = new Map<string, TextEdit[]>();
  // Paragraph of an edit: where the line break before it is. Edits come in text order, so one
  // walk forward finds them all (lastIndexOf per edit is quadratic on a long line of marks).
  let para = -1;
  let nextBreak = body.indexOf('\n');
  for (const edit of edits) {
    const ch = body[edit.start]!;
    const kind: FixKind = ch === '"' || ch === "'" ? 'quote-pairing' : 'punctuation-width';
    while (nextBreak >= 0 && nextBreak < edit.start) {
      para = nextBreak;
      nextBreak = body.indexOf('\n', nextBreak + 1);
    }
    const key = `${kind}:${para}`;
    const list = groups.get(key) ?? [];
    list.push(edit);
    groups.set(key, list);
  }
  for (const [key, list] of groups) {
    const kind = key.slice(0, key.indexOf(':')) as FixKind;
    const marks = [...new Set(list.map((e) => body[e.start]!))].map((c) => `“${c}”`).join('');
    const message =
      kind === 'quote-pairing'
        ? `此段有${list.length}个英文直引号${marks}，应改为成对的中文引号“”‘’。`
        : `此段有${list.length}处半角标点${marks}，中文文本中应使用全角标点。`;
    out.push({
      rule: kind === 'quote-pairing' ? 'straight-quotes' : 'half-width',
      severity: 'warning',
      message,
      ...info.place,
      start: list[0]!.start,
      end: list[list.length - 1]!.end,
      marks: list.map((e) => ({ start: e.start, end: e.end })),
      fix: { kind, edits: list },
    });
  }
  return out;
}

const PAIRS: Array<{ open: string[]; close: string[]; name: string; nests: boolean; marks: RegExp }> = [
  { open: ['“'], close: ['”'], name: '双引号“”', nests: false },
  { open: ['‘'], close: ['’'], name: '单引号‘’', nests: false },
  { open: ['《'], close: ['》'], name: '书名号《》', nests: true },
  { open: ['（', '('], close: ['）', ')'], name: '括号（）', nests: true },
  // Each pair's marks found by one native scan, not a walk over every character of the line.
].map((pair) => ({ ...pair, marks: new RegExp(`[${[...pair.open, ...pair.close].join('')}]`, 'g') }));

/** Marks without a partner in their paragraph. A paragraph-initial 「）」 is a lost heading number
 * and reported as such (heading-broken), not again here. */
function unpairedFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  info.lines.forEach((line, li) => {
    const base = info.lineStarts[li]!;
    for (const pair of PAIRS) {
      const open: number[] = [];
      const lone: number[] = [];
      for (const { index: i, 0: ch } of line.matchAll(pair.marks)) {
        if (pair.open.includes(ch)) {
          // Quotes do not nest: a second opening quote means the first was never closed.
          if (!pair.nests && open.length > 0) lone.push(open.pop()!);
          open.push(i);
        } else if (pair.close.includes(ch)) {
          if (open.length > 0) open.pop();
          else if (!(i === 0 && (ch === '）' || ch === ')') && /\p{Script=Han}|“/u.test(line[1] ?? ''))) lone.push(i);
        }
      }
      for (const i of open) lone.push(i);
      for (const i of lone.sort((a, b) => a - b)) {
        const isOpen = pair.open.includes(line[i]!);
        out.push({
          rule: 'unpaired-mark',
          severity: 'error',
          message: `${pair.name}不成对：这个「${line[i]}」没有对应的${isOpen ? '后' : '前'}半个，请补全或删除。`,
          ...info.place,
          start: base + i,
          end: base + i + 1,
        });
      }
    }
  });
  return out;
}

/** Inside 《》 a nested title takes 〈〉: 「《…印发<…预案>的通知》」, 「《…《…》…》」. */
function nestedFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  info.lines.forEach((line, li) => {
    const base = info.lineStarts[li]!;
    for (const [open, close] of nestedTitlePairs(line)) {
      out.push({
        rule: 'nested-title-marks',
        severity: 'warning',
        message: `书名号内再用书名号时，内层应改用“〈〉”：“${line.slice(open, close + 1)}”。`,
        ...info.place,
        start: base + open,
        end: base + close + 1,
        fix: {
          kind: 'nested-marks',
          edits: [
            { start: base + open, end: base + open + 1, replacement: '〈' },
            { start: base + close, end: base + close + 1, replacement: '〉' },
          ],
        },
      });
    }
  });
  return out;
}

// 「互联网十」 typed for 「互联网+」, but not 「互联网十年」「互联网十条」.
const PLUS_RE = /互联网十(?![年条个项大余多几周届])/g;

function plusFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  PLUS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLUS_RE.exec(body)) !== null) {
    const at = m.index + 3;
    out.push({
      rule: 'internet-plus',
      severity: 'warning',
      message: '“互联网十”应为“互联网+”（加号误写成“十”）。',
      ...info.place,
      start: at,
      end: at + 1,
      fix: { kind: 'plus-sign', edits: [{ start: at, end: at + 1, replacement: '+' }] },
    });
  }
  return out;
}

function splitMonthDay(digits: string): string[] {
  const out: string[] = [];
  for (let cut = 1; cut < digits.length && cut <= 2; cut++) {
    const m = Number(digits.slice(0, cut));
    const dText = digits.slice(cut);
    const d = Number(dText);
    if (dText.length <= 2 && !dText.startsWith('0') && !digits.startsWith('0') && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      out.push(`${m}月${d}日`);
    }
  }
  return out;
}

// 「2020317日」 (年 and 月 lost), 「328日」 (月 lost), 「20212025年」 (dash lost), 「202012月」.
const LOST_DATE_RE = /(?<![\d.])(?:((?:19|20)\d{2})(\d{3,4})日|(\d{3,4})日|((?:19|20)\d{2})((?:19|20)\d{2})年|((?:19|20)\d{2})(\d{1,2})月)/g;

// 「〔20212号」: a document number whose closing 〕 was lost between the year and the number.
const LOST_BRACKET_RE = /([〔［[])((?:19|20)\d{2})(\d{1,4})号/g;

function lostDateFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  for (const m of body.matchAll(LOST_BRACKET_RE)) {
    const close = m[1] === '〔' ? '〕' : m[1] === '［' ? '］' : ']';
    out.push({
      rule: 'date-lost-mark',
      severity: 'error',
      message: `文号“${m[0]}”漏了“${close}”，应为“${m[1]}${m[2]}${close}${m[3]}号”。`,
      ...info.place,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  LOST_DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOST_DATE_RE.exec(body)) !== null) {
    let suggestions: string[] = [];
    let what = '';
    if (m[1] !== undefined) {
      suggestions = splitMonthDay(m[2]!).map((md) => `${m![1]}年${md}`);
      what = '“年”“月”';
    } else if (m[3] !== undefined) {
      suggestions = splitMonthDay(m[3]);
      what = '“月”';
    } else if (m[4] !== undefined) {
      if (Number(m[5]) > Number(m[4])) suggestions = [`${m[4]}—${m[5]}年`];
      what = '年份之间的连接号';
    } else if (m[6] !== undefined) {
      const month = Number(m[7]);
      if (month >= 1 && month <= 12 && !m[7]!.startsWith('0')) suggestions = [`${m[6]}年${month}月`];
      what = '“年”';
    }
    if (suggestions.length === 0) continue;
    out.push({
      rule: 'date-lost-mark',
      severity: 'error',
      message: `“${m[0]}”疑似漏了${what}，应为“${suggestions.join('”或“')}”。`,
      ...info.place,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** A line that stands as a heading: numbered, or short and without closing punctuation. */
function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (parseHeadingNumber(t)) return true;
  return t.length > 0 && t.length <= 30 && !/[。；;，,、：:！？!?]$/.test(t) && !/[。；;]/.test(t);
}

// How a sentence opens and a heading never does: a year and a comma, or the unit speaking of itself.
const SENTENCE_OPENING = /^(?:(?:19|20)\d{2}年(?:度|以来)?[，,]|(?:我|全)(?:镇|乡|局|街道|委|办|中心|县|区|市)[^，。]{0,6}[，,]?)/;

/** A short line that is the first part of a sentence broken by a line break. */
function shortBrokenLine(line: string, next: string): boolean {
  return !parseHeadingNumber(line) && line.length >= 8 && !/[。；;！？!?]/.test(line) && /[，,]/.test(line) &&
    SENTENCE_OPENING.test(line) && next.length >= 20 && /^[\p{Script=Han}“]/u.test(next);
}

/** A sentence's text for comparison: without its leading heading number and outer blanks. */
function sentenceCore(s: string): string {
  const t = s.trim();
  const h = parseHeadingNumber(t);
  return (h ? t.slice(h.text.length) : t).trim();
}

const SENTENCE_STOPS = '。！？!?';

function repeatedFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  info.lines.forEach((line, li) => {
    const base = info.lineStarts[li]!;
    let prev = '';
    // Sentences: text up to and including each stop, by one walk along the line (the pattern
    // /[^。！？!?]+[。！？!?]/g is retried from every character of a long line without a stop).
    let from = 0;
    for (let i = 0; i < line.length; i++) {
      if (!SENTENCE_STOPS.includes(line[i]!)) continue;
      const start = from;
      from = i + 1;
      if (i === start) continue;
      const sentence = line.slice(start, i + 1);
      const core = sentenceCore(sentence);
      if (core.length >= 4 && core === prev) {
        const lead = sentence.length - sentence.trimStart().length;
        out.push({
          rule: 'repeated-sentence',
          severity: 'warning',
          message: `句子“${core}”连续重复了两次，请删除重复的一句。`,
          ...info.place,
          start: base + start + lead,
          end: base + i + 1,
        });
      }
      prev = core;
    }
  });
  return out;
}

/** A paragraph that stops mid-sentence (ends with 「，」「、」) and a next one that goes on. */
function lineBreakFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  for (let i = 0; i + 1 < info.lines.length; i++) {
    const line = info.lines[i]!.trimEnd();
    const next = info.lines[i + 1]!.trim();
    // A web-page line after it is reported as such; the text before it is not broken.
    if (line.trim() === '' || next === '' || parseHeadingNumber(next) || webDebrisLines(info)[i + 1]) continue;
    const last = line[line.length - 1]!;
    const midSentence = '，,、'.includes(last);
    // A long paragraph with no closing mark at all is broken too; a short one is a heading, unless
    // it opens the way only sentences do and the next line goes on (「2025年，我镇坚持以习近平⏎法治思想为指引，…」).
    const unterminated = /[\p{Script=Han}\d]/u.test(last) &&
      ((!looksLikeHeading(line) && line.length >= 40) || shortBrokenLine(line.trim(), next));
    if (!midSentence && !unterminated) continue;
    const end = info.lineStarts[i]! + line.length;
    out.push({
      rule: 'line-break',
      severity: midSentence ? 'warning' : 'info',
      message: midSentence
        ? `句子在“${last}”处被换行断开，下一段应与此段连在一起。`
        : '此段末尾没有句号等结束标点，下一段可能是同一句话被换行断开。',
      ...info.place,
      start: end - 1,
      end,
    });
  }
  return out;
}

/** Every punctuation rule, in the order their findings are gathered for each text. */
const RULES: ReadonlyArray<(info: TextInfo) => RawFinding[]> = [
  widthFindings, unpairedFindings, nestedFindings, plusFindings, lostDateFindings, repeatedFindings, lineBreakFindings,
];

const punctuationOf = perText((info) => RULES.flatMap((rule) => rule(info)));

export function checkPunctuation(ctx: CheckContext): RawFinding[] {
  return ctx.texts.flatMap((info) => punctuationOf(info, ctx.env));
}
