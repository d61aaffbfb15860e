// What comes along when text is copied from a web page: the page's widgets and metadata lines
// (「发布时间：」「【打印】【关闭】」, the same lines the import drops), pinyin readings a site
// inserted after characters (「根據(jù)」「現(xiàn)將」), and characters mis-decoded from another
// encoding (「?。ㄒ唬┏浞」: 注音 symbols, box-drawing lines and U+FFFD never appear in a report).
import { perText, webDebrisLines } from './context';
import type { CheckContext, RawFinding, TextInfo } from './types';

// A Han character, then a pinyin syllable with a tone mark in brackets: 「據(jù)」「設(shè)」.
const PINYIN = /(?<=[\p{Script=Han}])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/gu;

/** 注音符号, box drawing, the replacement character: left by a wrong decoding. */
function isMojibake(c: number): boolean {
  return (c >= 0x3100 && c <= 0x312f) || (c >= 0x2500 && c <= 0x257f) || c === 0xfffd;
}

/** One finding for the whole text: a page that adds readings adds them everywhere. */
function pinyinFindings(info: TextInfo): RawFinding[] {
  const marks = [...info.text.matchAll(PINYIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  if (marks.length === 0) return [];
  const shown = marks.slice(0, 3).map((m) => m.text).join('');
  return [{
    rule: 'pinyin',
    severity: 'error',
    message: `这里有${marks.length}处网页给汉字加的拼音注音（${shown}${marks.length > 3 ? '……' : ''}），复制时混入了正文，应删去。`,
    ...info.place,
    start: marks[0]!.start,
    end: marks[marks.length - 1]!.end,
    marks: marks.map(({ start, end }) => ({ start, end })),
    fix: { kind: 'pinyin', edits: marks.map(({ start, end }) => ({ start, end, replacement: '' })) },
  }];
}

function mojibakeFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  for (let i = 0; i < body.length; i++) {
    if (!isMojibake(body.charCodeAt(i))) continue;
    // One finding for a run of damaged characters (and the stray marks between them).
    let end = i + 1;
    while (end < body.length && end - i < 40 && body[end] !== '\n' && (isMojibake(body.charCodeAt(end)) || isMojibake(body.charCodeAt(end + 1)))) end++;
    out.push({
      rule: 'garbled',
      severity: 'error',
      message: `“${body.slice(i, end)}”是乱码（文字编码转换出错），请对照原文改正。`,
      ...info.place,
      start: i,
      end,
    });
    i = end - 1;
  }
  return out;
}

/** Lines of page furniture inside a section: a run of them is one finding, deleted with its line breaks. */
function widgetLineFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  const debris = webDebrisLines(info);
  for (let li = 0; li < info.lines.length; li++) {
    if (!debris[li]) continue;
    let last = li;
    while (last + 1 < info.lines.length && debris[last + 1]) last++;
    const start = info.lineStarts[li]!;
    const end = info.lineStarts[last]! + info.lines[last]!.length;
    const atEnd = last === info.lines.length - 1;
    const edit = !atEnd ? { start, end: end + 1, replacement: '' } : { start: Math.max(0, start - 1), end, replacement: '' };
    const shown = info.lines.slice(li, last + 1).map((l) => l.trim());
    out.push({
      rule: 'web-debris',
      severity: 'error',
      message: `“${shown.join(' / ')}”是网页上的栏目或页面信息，不是报告内容，应删去${shown.length > 1 ? `这${shown.length}行` : '这一行'}。`,
      ...info.place,
      start,
      end: Math.min(end, body.length),
      fix: { kind: 'debris', edits: [edit] },
    });
    li = last;
  }
  return out;
}

const pastedInText = perText((info) => [...widgetLineFindings(info), ...pinyinFindings(info), ...mojibakeFindings(info)]);
const pastedInTitle = perText((info) => [...pinyinFindings(info), ...mojibakeFindings(info)]);

export function checkPasted(ctx: CheckContext): RawFinding[] {
  return [...ctx.texts.flatMap((info) => pastedInText(info, ctx.env)), ...ctx.titles.flatMap((info) => pastedInTitle(info, ctx.env))];
}
