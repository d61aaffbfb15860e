// Blanks and marks between Chinese words (GB/T 15834-2011): spaces inside Chinese text (「2025 年」,
// 「锚定 “…” 目标」), a 顿号 between adjacent 书名号 or 引号 (「《…》、《…》」), a 顿号 before 及/和,
// two sentence marks in a row (「。，」), and a hyphen between two years (「2021-2025年」 → 一字线).
// Each is one left-to-right scan or one regular expression without nested quantifiers.
import { YEAR_DIGITS } from '../gongwen/dates';
import { isCjkCode, isDigit, isHanChar as isHan } from '../text/charClass';
import { insideTitleMarks, matchesInLines, perText } from './context';
import type { CheckContext, RawFinding, TextInfo } from './types';

const BLANK = new Set([' ', '\t', '\u3000', '\u00A0']);
const ANY_BLANK = /[ \t\u3000\u00A0]/;
const OPEN_QUOTES = '“‘《「（';
const CLOSE_QUOTES = '”’》」）';
// Chinese marks after which no blank belongs (a blank before an opening quote is caught on its own).
const CN_MARKS = '，。、；：？！…—';

/** A side of a blank that belongs to Chinese text. */
function chineseLeft(ch: string): boolean {
  return isHan(ch) || CN_MARKS.includes(ch) || CLOSE_QUOTES.includes(ch);
}
function chineseRight(ch: string): boolean {
  return isHan(ch) || OPEN_QUOTES.includes(ch);
}
/** A Chinese mark that closes what comes before it: no blank in front of it (「基础建设 。」). */
function closingMark(ch: string): boolean {
  return CN_MARKS.includes(ch) || CLOSE_QUOTES.includes(ch);
}

/**
 * Inside quotes, a slogan's two halves may be set apart by a blank (「“百馆千万场 服务来共享”」):
 * both halves Han only, three to eight characters long and about as long as each other.
 */
function sloganBlank(line: string, start: number, end: number): boolean {
  // Halves are short: look no further than that either way (a long line stays linear).
  const before = line.slice(Math.max(0, start - 9), start);
  const after = line.slice(end, end + 9);
  const open = before.lastIndexOf('“');
  const close = after.indexOf('”');
  if (open < 0 || close < 0 || before.lastIndexOf('”') > open) return false;
  const halves = [before.slice(open + 1), after.slice(0, close)];
  return Math.abs(halves[0]!.length - halves[1]!.length) <= 2 && halves.every((h) => h.length >= 3 && h.length <= 8 && [...h].every(isHan));
}

// Joint issuers are set apart by a blank (「中共中央 国务院」, 「中共××乡委员会 ××乡人民政府」).
const ISSUER_END = /(?:委员会|中央|党委|[县市区乡镇]委|政府|国务院|办公厅|办公室)$/;
const ISSUER_NEXT = /^(?:中共|国务院|中央|[\p{Script=Han}]{0,12}?(?:人民政府|委员会|办公厅|办公室))/u;

function issuerBlank(line: string, start: number, end: number): boolean {
  return ISSUER_END.test(line.slice(Math.max(0, start - 4), start)) && ISSUER_NEXT.test(line.slice(end, end + 16));
}

function spaceFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  info.lines.forEach((line, li) => {
    // Most lines have no blank at all: not walked character by character.
    if (!ANY_BLANK.test(line)) return;
    const base = info.lineStarts[li]!;
    let i = 0;
    // Blanks that indent or end a paragraph are layout, not text.
    while (i < line.length && BLANK.has(line[i]!)) i++;
    for (; i < line.length; i++) {
      if (!BLANK.has(line[i]!)) continue;
      let j = i;
      while (j < line.length && BLANK.has(line[j]!)) j++;
      const left = line[i - 1]!;
      const right = line[j];
      const start = i;
      i = j - 1;
      if (right === undefined) break;
      const chinese =
        (chineseLeft(left) && (chineseRight(right) || isDigit(right))) ||
        (isDigit(left) && chineseRight(right)) ||
        ((isHan(left) || isDigit(left)) && closingMark(right)) ||
        (left === '%' && isHan(right));
      if (!chinese || sloganBlank(line, start, j) || issuerBlank(line, start, j)) continue;
      out.push({
        rule: 'space-in-text',
        severity: 'warning',
        message: `此处多了空格：“${line.slice(Math.max(0, start - 4), j + 4)}”。中文与中文、数字、引号之间不空格。`,
        ...info.place,
        start: base + start,
        end: base + j,
        fix: { kind: 'space', edits: [{ start: base + start, end: base + j, replacement: '' }] },
      });
    }
  });
  return out;
}

// 「》、《」「”、“」: GB/T 15834-2011 4.5.3.5, no 顿号 between marked items standing side by side.
const DUNHAO_BETWEEN = /[》”’」]、[《“‘「]/g;
// 「、及」「、以及」「、和」: a conjunction already joins the last item (not 及时, 和谐…).
const DUNHAO_CONJUNCTION = /、(?:以及|及(?![时早格])|和(?![谐美睦平解气])|与(?![会时])|或(?!许))/g;
// Two sentence marks in a row: one of them is left over (「重要论述。，认真」).
const DOUBLE_MARK = /[，。；：、][，。；：、？！]|[？！][，。；：、]/g;

function regexFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  let titled: { line: number; mask: Uint8Array } = { line: -1, mask: new Uint8Array(0) };
  for (const { match: m, line, offset } of matchesInLines(info, DUNHAO_BETWEEN)) {
    // Inside a cited title the title is quoted as issued (《关于转发“一号司法建议”、“二号司法建议”的报告》).
    if (titled.line !== line) titled = { line, mask: insideTitleMarks(info.lines[line]!) };
    if (titled.mask[m.index + 1]) continue;
    const at = offset + 1;
    out.push({
      rule: 'dunhao-between-marks',
      severity: 'warning',
      message: `并列的${m[0][0] === '》' ? '书名号' : '引号'}之间不用顿号（GB/T 15834—2011）：“${m[0]}”应为“${m[0][0]}${m[0][2]}”。`,
      ...info.place,
      start: at,
      end: at + 1,
      fix: { kind: 'dunhao', edits: [{ start: at, end: at + 1, replacement: '' }] },
    });
  }
  for (const m of body.matchAll(DUNHAO_CONJUNCTION)) {
    out.push({
      rule: 'dunhao-conjunction',
      severity: 'warning',
      message: `“${m[0].slice(1)}”已连接最后一项，前面不再用顿号。`,
      ...info.place,
      start: m.index,
      end: m.index + 1,
      fix: { kind: 'dunhao', edits: [{ start: m.index, end: m.index + 1, replacement: '' }] },
    });
  }
  for (const m of body.matchAll(DOUBLE_MARK)) {
    out.push({
      rule: 'double-mark',
      severity: 'error',
      message: `“${m[0]}”两个标点连用，应删去多余的一个。`,
      ...info.place,
      start: m.index,
      end: m.index + 2,
    });
  }
  return out;
}

// 「2021-2025年」: between two years the 一字线 「—」, not a hyphen or tilde (GB/T 15834-2011 4.13).
const YEAR_RANGE = new RegExp(`(?<![\\d.\\-/:])(${YEAR_DIGITS})(\\s*年?\\s*)([-－–~])(\\s*)(${YEAR_DIGITS})(?![\\d\\-/.:])`, 'g');

function yearDashFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = info.text;
  for (const m of body.matchAll(YEAR_RANGE)) {
    const [from, to] = [Number(m[1]), Number(m[5])];
    if (to <= from || to - from > 30) continue;
    const at = m.index + m[1]!.length + m[2]!.length;
    // Only in Chinese text: a file name or a code made of ASCII alone is left as it is.
    if (!isCjkCode(body.charCodeAt(m.index - 1)) && !isCjkCode(body.charCodeAt(m.index + m[0].length))) continue;
    out.push({
      rule: 'year-dash',
      severity: 'warning',
      message: `年份之间应用一字线：“${m[0]}”应为“${m[1]}${m[2]}—${m[4]}${m[5]}”。`,
      ...info.place,
      start: m.index,
      end: m.index + m[0].length,
      fix: { kind: 'year-dash', edits: [{ start: at, end: at + 1, replacement: '—' }] },
    });
  }
  return out;
}

const spacingOf = perText((info) => [...spaceFindings(info), ...regexFindings(info), ...yearDashFindings(info)]);

export function checkSpacing(ctx: CheckContext): RawFinding[] {
  // A paragraph the import took for a heading is still text (held-out 105): the marks rules read titles too.
  return [...ctx.texts, ...ctx.titles].flatMap((info) => spacingOf(info, ctx.env));
}
