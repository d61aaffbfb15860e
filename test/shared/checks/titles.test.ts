// Titles of the documents every report cites (resources/rules/titles.json): near-misses get the
// exact title; exact titles, short forms and documents not in the list stay quiet.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../shared/checks';
import { check, ofRule, pointed, reportWithBody, shippedRules } from './build';

const titleHits = (body: string, year = 2022) => {
  const report = reportWithBody(year, body);
  const found = ofRule(check(report), 'doc-title');
  return { texts: found.map((f) => pointed(report, f)), fixed: applyFixes(body, found), found };
};

describe('doc-title', () => {
  it.each([
    // corpus 041: 督查 for 督察
    ['根据《法治政府建设与责任落实督查工作规定》等要求', '根据《法治政府建设与责任落实督察工作规定》等要求'],
    // corpus 046/048: hyphen for the 一字线
    ['全面落实《法治政府建设实施纲要（2021-2025年）》确立的目标任务', '全面落实《法治政府建设实施纲要（2021—2025年）》确立的目标任务'],
    // the measurement: characters and 年 missing
    ['深入贯彻《法治政府实施纲（2021-2025）》', '深入贯彻《法治政府建设实施纲要（2021—2025年）》'],
    ['落实《法治政府建设实施纲要（2021—2025）》', '落实《法治政府建设实施纲要（2021—2025年）》'],
    // corpus 015: a title nested in another one's 书名号
    ['《泽州县贯彻落实〈法治政府建设实施纲要(2021-2025年)〉的实施方案》', '《泽州县贯彻落实〈法治政府建设实施纲要（2021—2025年）〉的实施方案》'],
  ])('「%s」 gets the exact title', (body, fixed) => {
    const r = titleHits(body);
    expect(r.found).toHaveLength(1);
    expect(r.found[0]!.fix?.kind).toBe('doc-title');
    expect(r.fixed).toBe(fixed);
  });

  it.each([
    '《党政主要负责人履行推进法治建设第一责任人职责规定》', // corpus 014
    '《法治政府建设实施纲要（2021—2025年）》', '《法治政府建设实施纲要(2021—2025年)》', // 035: brackets are the punctuation rule's
    '《政府信息公开条例》', '《行政处罚法》', '《宪法》', '《民法典》', // usual short forms (050)
    '《广东省法治政府建设实施纲要（2016—2020年）》', '《广东省法治政府建设实施纲要》', // a province's own
    '《中华人民共和国行政监察法》', '《中华人民共和国数据安全法》', // laws not in the list, near listed ones
    '《紫金县2024年全面依法治县工作要点》', '《法治社会建设实施纲要（2020—2025年）》', '《法治政府建设实施纲要（2015—2020年）》',
  ])('「%s」 stays quiet', (body) => {
    expect(titleHits(body).texts).toEqual([]);
  });

  it('reads traditional script (corpus 042) and offers no simplified fix for it', () => {
    const r = titleHits('全面落實《法治政府建設實施綱要(2015-2020年)》', 2020);
    expect(r.texts).toEqual(['法治政府建設實施綱要(2015-2020年)']);
    expect(r.found[0]!.fix).toBeUndefined();
    expect(r.found[0]!.message).toContain('《法治政府建设实施纲要（2015—2020年）》');
  });

  it('titles.json: every entry with its source, exact titles without 书名号, its example found or exact', () => {
    for (const t of shippedRules().titles) {
      expect(t.source.length).toBeGreaterThan(4);
      const citations = t.example.split('；');
      for (const c of citations) {
        const exact = [t.title, ...(t.aliases ?? [])].map((x) => `《${x}》`).includes(c);
        expect(titleHits(c).found.length, c).toBe(exact ? 0 : 1);
      }
    }
  });
});
