import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/text/edits';
import { findHalfWidthPunctuation, normalizePunctuation } from '../../../shared/text/punctuation';

describe('normalizePunctuation: Chinese context', () => {
  it('converts the seed punctuation folded to half-width', () => {
    // Seed 000.
    expect(normalizePunctuation('2023年来,盘龙乡在县委、县人民政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导;')).toBe(
      '2023年来，盘龙乡在县委、县人民政府的正确领导下，坚持以习近平新时代中国特色社会主义思想为指导；',
    );
    expect(normalizePunctuation('现将2023年法治政府建设工作情况报告如下:')).toBe('现将2023年法治政府建设工作情况报告如下：');
    expect(normalizePunctuation('到各中心站(所)、到人')).toBe('到各中心站（所）、到人');
    expect(normalizePunctuation('(一)依法全面履行政府职能。')).toBe('（一）依法全面履行政府职能。');
    expect(normalizePunctuation('(1)制定完善各类应急预案')).toBe('（1）制定完善各类应急预案');
    expect(normalizePunctuation('根据《砚山县赋予乡镇部分县级行政职权目录(2023年版)》,对全乡')).toBe(
      '根据《砚山县赋予乡镇部分县级行政职权目录（2023年版）》，对全乡',
    );
    expect(normalizePunctuation('(盘发〔2023〕60号),把应急')).toBe('（盘发〔2023〕60号），把应急');
    expect(normalizePunctuation('是否继续?')).toBe('是否继续？');
    expect(normalizePunctuation('坚决维护!')).toBe('坚决维护！');
  });

  it('swallows the blank the scrape left after a mark (seed 001 「脏乱差, 累计」)', () => {
    expect(normalizePunctuation('环境脏乱差, 累计清理农村生活垃圾750处')).toBe('环境脏乱差，累计清理农村生活垃圾750处');
  });

  it('judges a lone bracket by its neighbours (seed 003 「)全面开展依法治理」)', () => {
    expect(normalizePunctuation(')全面开展依法治理,助推法治政府建设')).toBe('）全面开展依法治理，助推法治政府建设');
  });

  it('keeps a full-width partner and converts only the half-width one', () => {
    expect(normalizePunctuation('（一)依法')).toBe('（一）依法');
    expect(normalizePunctuation('(一）依法')).toBe('（一）依法');
  });
});

describe('normalizePunctuation: left alone', () => {
  it.each([
    ['numbers', '增长3.5个百分点,共1,000人,上午10:30开会'],
    ['Latin text', 'Hello, world: (see note); ok? yes!'],
    ['a URL', '详见http://www.gov.cn/a?b=1,2;c=(3)页面'],
    ['an e-mail', '联系方式:0750-5524538邮件:ts686@126.com'],
    ['the 1. heading dot', '1.依法打击各类非法违法生产经营建设行为。'],
    ['a Latin bracket', 'APP (iOS) 与 Android'],
    ['an apostrophe', "下载 don't panic 软件"],
  ])('%s', (_label, text) => {
    const edits = findHalfWidthPunctuation(text);
    const changed = applyEdits(text, edits);
    // Only the Chinese-context marks change: compare against a hand-made expectation.
    const expected: Record<string, string> = {
      numbers: '增长3.5个百分点，共1,000人，上午10:30开会',
      'Latin text': 'Hello, world: (see note); ok? yes!',
      'a URL': '详见http://www.gov.cn/a?b=1,2;c=(3)页面',
      'an e-mail': '联系方式：0750-5524538邮件：ts686@126.com',
      'the 1. heading dot': '1.依法打击各类非法违法生产经营建设行为。',
      'a Latin bracket': 'APP (iOS) 与 Android',
      'an apostrophe': "下载 don't panic 软件",
    };
    expect(changed).toBe(expected[_label]);
  });

  it('converts the marks around a URL but not inside it', () => {
    expect(normalizePunctuation('(网址:www.hk.gov.cn),请查阅')).toBe('（网址：www.hk.gov.cn），请查阅');
    expect(normalizePunctuation('见https://a.cn/x_(1).html,请查阅')).toBe('见https://a.cn/x_(1).html，请查阅');
  });

  it('leaves time and thousands but converts a comma between a number and Chinese', () => {
    expect(normalizePunctuation('发布时间:2024-03-14 14:05:00')).toBe('发布时间：2024-03-14 14:05:00');
    expect(normalizePunctuation('阅读次数:1,864')).toBe('阅读次数：1,864');
    expect(normalizePunctuation('办结2875件,办结率100%,')).toBe('办结2875件，办结率100%，');
    expect(normalizePunctuation('对“一部手机办事通”APP,进行宣传')).toBe('对“一部手机办事通”APP，进行宣传');
    expect(normalizePunctuation('下载APP(iOS版)使用')).toBe('下载APP（iOS版）使用');
  });

  it('does not touch full-width text', () => {
    const clean = '2024年，三星镇党委、政府在区委、区政府的正确领导下，坚持“谁执法谁普法”（试行）。';
    expect(findHalfWidthPunctuation(clean)).toEqual([]);
  });
});

describe('quotes', () => {
  it('pairs straight double quotes alternately within a paragraph (seed 001)', () => {
    expect(normalizePunctuation('凡本网注明"稿件来源:台山政府网"的所有文字,必须注明"稿件来源"。')).toBe(
      '凡本网注明“稿件来源：台山政府网”的所有文字，必须注明“稿件来源”。',
    );
  });

  it('closes a straight quote after a curly opening one', () => {
    expect(normalizePunctuation('按照“谁主管,谁负责"原则')).toBe('按照“谁主管，谁负责”原则');
  });

  it('restarts pairing on each line', () => {
    expect(normalizePunctuation('开展"送法"活动\n"法律明白人"培训')).toBe('开展“送法”活动\n“法律明白人”培训');
  });

  it('guesses the side of a lone straight quote', () => {
    expect(normalizePunctuation('双随机、一公开"、依法决策')).toBe('双随机、一公开”、依法决策');
    expect(normalizePunctuation('开展 "送法进校园活动')).toBe('开展 “送法进校园活动');
  });

  it('converts single quotes only in Chinese context', () => {
    expect(normalizePunctuation("所谓'三到位'原则")).toBe('所谓‘三到位’原则');
    expect(normalizePunctuation("the 'word' here")).toBe("the 'word' here");
  });

  it('leaves English double quotes in English text', () => {
    expect(normalizePunctuation('He said "yes" twice')).toBe('He said "yes" twice');
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

  it('treats a mark next to a converted mark as Chinese, so one pass is enough', () => {
    expect(normalizePunctuation('中(x),y')).toBe('中（x），y');
    expect(normalizePunctuation('坚持"x",y')).toBe('坚持“x”，y');
    expect(normalizePunctuation('中, (iOS)')).toBe('中， (iOS)');
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
  it('applies non-overlapping edits from the end and skips an edit overlapping a later one', () => {
    expect(applyEdits('abcdef', [
      { start: 0, end: 1, replacement: 'X' },
      { start: 4, end: 6, replacement: 'YZW' },
      { start: 5, end: 6, replacement: 'Q' },
    ])).toBe('XbcdeQ');
  });

  it('keeps insertions at one offset in input order and ignores out-of-range edits', () => {
    expect(applyEdits('ab', [
      { start: 1, end: 1, replacement: '1' },
      { start: 1, end: 1, replacement: '2' },
      { start: 3, end: 4, replacement: '!' },
    ])).toBe('a12b');
  });
});
