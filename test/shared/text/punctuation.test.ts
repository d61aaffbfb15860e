import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from '../../../shared/text/edits';
import { findHalfWidthPunctuation, normalizePunctuation } from '../../../shared/text/punctuation';

// normalizePunctuation, case by case: what each rule does, then its input and output.
const CASES: Record<string, [string, string][]> = {
  // Chinese context
  'converts the seed punctuation folded to half-width (seed 000)': [
    ['2023年来,盘龙乡在县委、县人民政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导;', '2023年来，盘龙乡在县委、县人民政府的正确领导下，坚持以习近平新时代中国特色社会主义思想为指导；'],
    ['现将2023年法治政府建设工作情况报告如下:', '现将2023年法治政府建设工作情况报告如下：'],
    ['到各中心站(所)、到人', '到各中心站（所）、到人'],
    ['(一)依法全面履行政府职能。', '（一）依法全面履行政府职能。'],
    ['(1)制定完善各类应急预案', '（1）制定完善各类应急预案'],
    ['根据《砚山县赋予乡镇部分县级行政职权目录(2023年版)》,对全乡', '根据《砚山县赋予乡镇部分县级行政职权目录（2023年版）》，对全乡'],
    ['(盘发〔2023〕60号),把应急', '（盘发〔2023〕60号），把应急'],
    ['是否继续?', '是否继续？'],
    ['坚决维护!', '坚决维护！'],
  ],
  'swallows the blank the scrape left after a mark (seed 001 「脏乱差, 累计」)': [
    ['环境脏乱差, 累计清理农村生活垃圾750处', '环境脏乱差，累计清理农村生活垃圾750处'],
  ],
  'judges a lone bracket by its neighbours (seed 003 「)全面开展依法治理」)': [
    [')全面开展依法治理,助推法治政府建设', '）全面开展依法治理，助推法治政府建设'],
  ],
  'keeps a full-width partner and converts only the half-width one': [
    ['（一)依法', '（一）依法'],
    ['(一）依法', '（一）依法'],
  ],
  // Next to numbers, URLs and Latin text. Only the Chinese-context marks change (numbers, Latin
  // text, a URL, an e-mail, the 「1.」 heading dot, a Latin bracket, an apostrophe).
  'leaves what is not Chinese context alone': [
    ['增长3.5个百分点,共1,000人,上午10:30开会', '增长3.5个百分点，共1,000人，上午10:30开会'],
    ['Hello, world: (see note); ok? yes!', 'Hello, world: (see note); ok? yes!'],
    ['详见http://www.gov.cn/a?b=1,2;c=(3)页面', '详见http://www.gov.cn/a?b=1,2;c=(3)页面'],
    ['联系方式:0750-5524538邮件:ts686@126.com', '联系方式：0750-5524538邮件：ts686@126.com'],
    ['1.依法打击各类非法违法生产经营建设行为。', '1.依法打击各类非法违法生产经营建设行为。'],
    ['APP (iOS) 与 Android', 'APP (iOS) 与 Android'],
    ["下载 don't panic 软件", "下载 don't panic 软件"],
  ],
  'converts the marks around a URL but not inside it': [
    ['(网址:www.hk.gov.cn),请查阅', '（网址：www.hk.gov.cn），请查阅'],
    ['见https://a.cn/x_(1).html,请查阅', '见https://a.cn/x_(1).html，请查阅'],
  ],
  'leaves time and thousands but converts a comma between a number and Chinese': [
    ['发布时间:2024-03-14 14:05:00', '发布时间：2024-03-14 14:05:00'],
    ['阅读次数:1,864', '阅读次数：1,864'],
    ['办结2875件,办结率100%,', '办结2875件，办结率100%，'],
    ['对“一部手机办事通”APP,进行宣传', '对“一部手机办事通”APP，进行宣传'],
    ['下载APP(iOS版)使用', '下载APP（iOS版）使用'],
  ],
  // Quotes
  'pairs straight double quotes alternately within a paragraph (seed 001)': [
    ['凡本网注明"稿件来源:台山政府网"的所有文字,必须注明"稿件来源"。', '凡本网注明“稿件来源：台山政府网”的所有文字，必须注明“稿件来源”。'],
  ],
  'closes a straight quote after a curly opening one': [
    ['按照“谁主管,谁负责"原则', '按照“谁主管，谁负责”原则'],
  ],
  'restarts pairing on each line': [
    ['开展"送法"活动\n"法律明白人"培训', '开展“送法”活动\n“法律明白人”培训'],
  ],
  'guesses the side of a lone straight quote': [
    ['双随机、一公开"、依法决策', '双随机、一公开”、依法决策'],
    ['开展 "送法进校园活动', '开展 “送法进校园活动'],
  ],
  'converts single quotes only in Chinese context': [
    ["所谓'三到位'原则", '所谓‘三到位’原则'],
    ["the 'word' here", "the 'word' here"],
  ],
  'leaves English double quotes in English text': [
    ['He said "yes" twice', 'He said "yes" twice'],
  ],
  // One pass is enough
  'treats a mark next to a converted mark as Chinese, so one pass is enough': [
    ['中(x),y', '中（x），y'],
    ['坚持"x",y', '坚持“x”，y'],
    ['中, (iOS)', '中， (iOS)'],
  ],
};

describe.each(Object.entries(CASES))('normalizePunctuation %s', (_why, cases) => {
  it.each(cases)('「%s」 → 「%s」', (text, expected) => {
    expect(normalizePunctuation(text)).toBe(expected);
  });
});

describe('normalizePunctuation: left alone', () => {
  it('does not touch full-width text', () => {
    const clean = '2024年，三星镇党委、政府在区委、区政府的正确领导下，坚持“谁执法谁普法”（试行）。';
    expect(findHalfWidthPunctuation(clean)).toEqual([]);
  });
});

describe('findHalfWidthPunctuation offsets', () => {
  it('reports exact ranges that applyEdits can use', () => {
    const text = '第一行,内容\n第二(行)';
    const edits = findHalfWidthPunctuation(text);
    expect(edits).toEqual([
      { start: 3, end: 4, replacement: '，' },
      { start: 9, end: 10, replacement: '（' },
      { start: 11, end: 12, replacement: '）' },
    ]);
    for (const e of edits) expect(',()'.includes(text.slice(e.start, e.end))).toBe(true);
  });

  it('is idempotent on every seed report', () => {
    const dir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(5);
    for (const f of files) {
      const once = normalizePunctuation(readFileSync(join(dir, f), 'utf8'));
      expect(findHalfWidthPunctuation(once)).toEqual([]);
    }
  });

  it('is idempotent', () => {
    const text = '坚持"三重一大"(试行),目前:已完成;是否?';
    const once = normalizePunctuation(text);
    expect(normalizePunctuation(once)).toBe(once);
    expect(findHalfWidthPunctuation(once)).toEqual([]);
  });
});

describe('applyEdits', () => {
  it.each<[string, string, TextEdit[], string]>([
    [
      'applies non-overlapping edits from the end and skips an edit overlapping a later one',
      'abcdef',
      [{ start: 0, end: 1, replacement: 'X' }, { start: 4, end: 6, replacement: 'YZW' }, { start: 5, end: 6, replacement: 'Q' }],
      'XbcdeQ',
    ],
    [
      'keeps insertions at one offset in input order and ignores out-of-range edits',
      'ab',
      [{ start: 1, end: 1, replacement: '1' }, { start: 1, end: 1, replacement: '2' }, { start: 3, end: 4, replacement: '!' }],
      'a12b',
    ],
  ])('%s', (_name, text, edits, expected) => {
    expect(applyEdits(text, edits)).toBe(expected);
  });
});
