// What comes along when text is copied from a web page: pinyin readings (corpus 021, 037),
// mis-decoded characters (037), page furniture lines inside a section.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../shared/checks';
import { check, expectQuiet, ofRule, pointed, reportWithBody } from './build';

describe('pinyin', () => {
  it('is one finding per text, every reading marked, and the fix removes them all (corpus 021)', () => {
    const body = '根據(jù)中共中央辦公廳要求,現(xiàn)將我局法治政府建設(shè)工作情況匯報如下:';
    const report = reportWithBody(2025, body);
    const [f, ...more] = ofRule(check(report), 'pinyin');
    expect(more).toEqual([]);
    expect(f!.marks!.map((m) => body.slice(m.start, m.end))).toEqual(['(jù)', '(xiàn)', '(shè)']);
    expect(f!.message).toContain('3处');
    expect(applyFixes(body, [f!])).toBe('根據中共中央辦公廳要求,現將我局法治政府建設工作情況匯報如下:');
  });

  it('leaves brackets that are not readings alone', () => {
    for (const body of ['(一)加强组织领导', '《目录(2023年版)》', '使用APP(iOS)办理', '局党组(扩大)会议', '黄琴(女)任组长']) {
      expectQuiet('pinyin', 2024, body);
    }
  });
});

describe('garbled', () => {
  it('flags 注音 symbols and box-drawing characters left by a wrong decoding (corpus 037)', () => {
    const report = reportWithBody(2020, '?。ㄒ唬┏浞职l(fā)揮黨委在推進法治建設中的領導核心作用');
    expect(ofRule(check(report), 'garbled').map((f) => pointed(report, f))).toEqual(['ㄒ唬┏']);
    expect(ofRule(check(reportWithBody(2020, '┌─┐ 表格线以外的正文没有乱码。')), 'garbled')).toHaveLength(1);
    expectQuiet('garbled', 2020, '“谁执法谁普法”，一是……二是……');
  });
});

describe('web-debris lines', () => {
  it('flags page furniture inside a section, a run of lines as one finding, and deletes the lines', () => {
    const body = '严格落实会前学法制度。\n发布时间:2025-01-07 15:15:56\n【打印】 【字体:大 中 小】\n依法化解矛盾纠纷。';
    const report = reportWithBody(2024, body);
    const found = ofRule(check(report), 'web-debris');
    expect(found).toHaveLength(1);
    expect(applyFixes(body, found)).toBe('严格落实会前学法制度。\n依法化解矛盾纠纷。');
    // The spaces inside those lines are not reported again.
    expect(ofRule(check(report), 'space-in-text')).toEqual([]);
  });

  it('leaves report sentences that mention a date or a source alone', () => {
    expectQuiet('web-debris', 2024, '2025年1月7日，镇党委召开专题会议。\n信息来源于县司法局的通报，我镇及时整改。');
  });
});
