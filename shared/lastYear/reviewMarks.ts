// What to check in text copied from last year's report: year numbers and dates, words whose
// meaning depends on when they are read (今年、至今、本年度、去年、明年…), and figures (numbers
// with a counting unit or a percent sign). The editor highlights them until the section is
// confirmed. Offsets are UTF-16 indices into the text, as the editor counts.

import { YEAR_DIGITS, YEAR_RANGE_MARKS } from '../gongwen/dates';
import { CN_DIGIT_CHARS, readChineseDigits } from '../gongwen/numerals';
import { escapeRegExp } from '../text/regExp';

export type ReviewMarkKind = 'year' | 'date' | 'relative' | 'figure';

export interface ReviewMark {
  start: number;
  end: number;
  kind: ReviewMarkKind;
  text: string;
  /** For 'year': whether the (first) year named is the report's own year. */
  current?: boolean;
}

const YEAR_RE = new RegExp(
  `(?<![\\d.])(${YEAR_DIGITS})(?:\\s*年?\\s*[${YEAR_RANGE_MARKS}]\\s*${YEAR_DIGITS})?\\s*年(?:度)?(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?|[${CN_DIGIT_CHARS}]{4}年(?:度)?`,
  'g',
);
const DATE_RE = /(?<![\d.])\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|份|底|初|中旬|上旬|下旬)?|(?<![\d.])\d{1,2}\s*[日号](?=[至到—–\-~～]\s*\d)/g;
const RELATIVE_RE = /上一年度|上一年|上年度|下一年度|下一年|下年度|本年度|本年|今年|去年|明年|前年|当年|年初以来|至今|截至目前|目前/g;

const UNITS = [
  '人次', '万人', '万元', '亿元', '千元', '元', '平方公里', '平方米', '公里', '千米', '公顷', '亩', '米', '吨',
  '个百分点', '百分点', '个月', '小时', '分钟', '天', '日', '周', '年',
  '人', '名', '位', '户', '家', '个', '项', '件', '次', '场', '期', '批', '份', '篇', '条', '部', '本', '册', '宗', '起',
  '所', '处', '台', '套', '辆', '村', '社区', '支', '队', '堂', '轮', '门', '张', '册', '例', '类', '种', '座', '间', '块', '余',
];
const UNIT_ALT = UNITS.map(escapeRegExp).join('|');
const NUMBER = '\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?';
// 「52次」「1,200余人」「98.5%」「3.2万元」「十余场」「二十三件」; a bare Chinese digit with a unit
// (「一次」「三项」) is ordinary language and not marked.
const FIGURE_RE = new RegExp(
  `(?<![\\d.])${NUMBER}\\s*(?:[%％‰]|(?:万|亿)?(?:余|多)?(?:${UNIT_ALT}))|百分之[一二三四五六七八九十百点〇零\\d.]+|` +
    `[一二三四五六七八九两]?[十百千万][一二三四五六七八九十百千万]*(?:余|多)?(?:${UNIT_ALT})`,
  'g',
);

interface Range {
  start: number;
  end: number;
}

/** The (first) year a year match names: 「2024年」 → 2024, 「二〇二四年」 → 2024. */
function yearOf(m: RegExpExecArray): number {
  return m[1] !== undefined ? Number(m[1]) : readChineseDigits(m[0].slice(0, 4));
}

export function findReviewMarks(body: string, reportYear: number): ReviewMark[] {
  const marks: ReviewMark[] = [];
  // Characters already marked: a match that touches one is left out. (Comparing each match with
  // every mark so far is quadratic in a text of thousands of years or figures.)
  const covered = new Uint8Array(body.length);
  const free = (r: Range) => {
    for (let i = r.start; i < r.end; i++) if (covered[i]) return false;
    return true;
  };
  const take = (re: RegExp, kind: ReviewMarkKind, extra?: (m: RegExpExecArray) => Partial<ReviewMark>) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const range = { start: m.index, end: m.index + m[0].trimEnd().length };
      if (!free(range)) continue;
      covered.fill(1, range.start, range.end);
      marks.push({ ...range, kind, text: body.slice(range.start, range.end), ...extra?.(m) });
    }
  };
  // Earlier kinds win where matches overlap: 「2024年3月」 is a year, not a figure of 月.
  take(YEAR_RE, 'year', (m) => ({ current: yearOf(m) === reportYear }));
  take(DATE_RE, 'date');
  take(RELATIVE_RE, 'relative');
  take(FIGURE_RE, 'figure');
  return marks.sort((a, b) => a.start - b.start);
}
