import { describe, expect, it } from 'vitest';
import { findReviewMarks, type ReviewMark } from '../../../shared/lastYear/reviewMarks';

const marked = (text: string, year = 2025) => findReviewMarks(text, year).map((m: ReviewMark) => [m.kind, m.text]);

describe('findReviewMarks', () => {
  it('marks years, dates, year-relative words and figures in copied text', () => {
    const body = '2024年，我镇开展法治宣传活动52次，覆盖群众1,200余人，满意率达98.5%。今年以来，至今已办理案件二十三件；本年度还将于12月底前完成。去年、明年同样。';
    expect(marked(body)).toEqual([
      ['year', '2024年'],
      ['figure', '52次'],
      ['figure', '1,200余人'],
      ['figure', '98.5%'],
      ['relative', '今年'],
      ['relative', '至今'],
      ['figure', '二十三件'],
      ['relative', '本年度'],
      ['date', '12月底'],
      ['relative', '去年'],
      ['relative', '明年'],
    ]);
  });

  it('gives offsets into the text and tells the report year from others', () => {
    const body = '一是2025年3月5日召开会议；二是2024年度考核。';
    const marks = findReviewMarks(body, 2025);
    expect(marks.map((m) => body.slice(m.start, m.end))).toEqual(['2025年3月5日', '2024年度']);
    expect(marks.map((m) => m.current)).toEqual([true, false]);
    expect(findReviewMarks('二〇二五年工作', 2025)).toEqual([{ start: 0, end: 5, kind: 'year', text: '二〇二五年', current: true }]);
  });

  it('leaves ordinary words with numerals and list numbers alone', () => {
    expect(marked('一是加强领导，进一步落实三项制度，一次性告知。\n1.严格执法。\n（2）规范程序。')).toEqual([]);
  });

  it('marks a year range once, not as two figures', () => {
    expect(marked('2021—2025年规划')).toEqual([['year', '2021—2025年']]);
  });
});
