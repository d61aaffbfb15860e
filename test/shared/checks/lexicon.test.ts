// The typo lexicon (resources/rules/lexicon.json): confusables in context, characters never
// doubled, site watermarks. Positives are spans of the real-report corpus; negatives are the
// corpus's labelled-correct spans and ordinary report sentences.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../shared/checks';
import { check, ofRule, pointed, reportWithBody, shippedRules } from './build';

const found = (body: string, rule: string, year = 2024) => {
  const report = reportWithBody(year, body);
  return ofRule(check(report), rule).map((f) => ({ text: pointed(report, f), fixed: applyFixes(body, [f]), f }));
};

describe('confusables', () => {
  it.each([
    ['为确实履行推进法治建设第一责任人职责', '确实', '为切实履行推进法治建设第一责任人职责'], // corpus 018
    ['班子建设和执法队伍建设,确实加强行政执法监督检查', '确实', '班子建设和执法队伍建设,切实加强行政执法监督检查'], // 051
    ['截止目前,全年复议决定没有出现', '截止', '截至目前,全年复议决定没有出现'], // 004
    ['在年度平安创建活动、民主法制示范村创建', '民主法制示范村', '在年度平安创建活动、民主法治示范村创建'], // 001
    ['确保决策科学化、民主化、法制化', '法制化', '确保决策科学化、民主化、法治化'], // 015
    ['持续推进法制学习', '法制学习', '持续推进法治学习'], // 032
  ])('「%s」: 「%s」 is flagged and fixed', (body, text, fixed) => {
    const [hit, ...more] = found(body, 'confusable');
    expect(more).toEqual([]);
    expect(hit!.text).toBe(text);
    expect(hit!.fixed).toBe(fixed);
    expect(hit!.f.fix?.kind).toBe('typo');
  });

  it.each([
    '切实加强思想理论学习', '切实化解行政争议', '确实存在执法力量不足的问题', '执法力度确实加强了', '截至目前,我局共有执法人员11人',
    '报名截止时间为3月1日', '开展重大执法决定法制审核5次', '推进执法工作规范化、法制化', '其他需要报告的情况', '制订年度普法计划',
  ])('「%s」 stays quiet', (body) => {
    expect(found(body, 'confusable')).toEqual([]);
  });

  it('reads traditional script through the fold, and offers no fix that would mix scripts', () => {
    const [hit] = found('確實加強行政執法監督', 'confusable');
    expect(hit!.text).toBe('確實');
    expect(hit!.f.fix).toBeUndefined();
  });
});

describe('doubled characters', () => {
  it('flags 「元谋县县卫生健康局」 (corpus 018) and removes one 县', () => {
    const [hit, ...more] = found('2022年,元谋县县卫生健康局在县委、县政府的领导下', 'doubled-char', 2022);
    expect(more).toEqual([]);
    expect(hit!.text).toBe('县县');
    expect(hit!.fixed).toBe('2022年,元谋县卫生健康局在县委、县政府的领导下');
  });

  it.each([
    '坡头镇镇委、镇政府', '元谋县县委、县政府', '盘龙乡乡长带头学法', '不了了之的问题得到解决', '为了了解群众需求', '实实在在为群众办事',
    '现在在全镇开展', '一级抓一级,层层负责抓落实', '做到人人守法,事事依法', '实现目的的手段', '城乡乡村振兴',
  ])('「%s」 stays quiet', (body) => {
    expect(found(body, 'doubled-char')).toEqual([]);
  });
});

describe('watermarks of document sites (corpus 046)', () => {
  it('removes the watermark and keeps the heading or sentence it was stamped onto', () => {
    const body = '一、推进法治政府建设的主要举措和成效 公文汇 www.gongwenhui.com\n我局深入学习贯彻习近平法治思想 公文汇,办公文档之家\n规范执行合法性审查工作 稿子汇 www.gaozihui.com';
    const hits = found(body, 'web-debris', 2022);
    expect(hits.map((h) => h.text)).toEqual(['公文汇 www.gongwenhui.com', '公文汇,办公文档之家', '稿子汇 www.gaozihui.com']);
    const report = reportWithBody(2022, body);
    expect(applyFixes(body, ofRule(check(report), 'web-debris'))).toBe('一、推进法治政府建设的主要举措和成效\n我局深入学习贯彻习近平法治思想\n规范执行合法性审查工作');
  });
});

describe('lexicon.json', () => {
  const { lexicon } = shippedRules();
  it('every entry has an example from a report that its own rule finds, and a source', () => {
    for (const c of lexicon.confusables) {
      expect(found(c.example, 'confusable').map((h) => h.fixed), c.wrong).toContain(c.example.replace(c.wrong, c.right));
      expect(c.source.length).toBeGreaterThan(10);
    }
    for (const d of lexicon.doubled) expect(found(d.example, 'doubled-char').length, d.char).toBe(1);
    for (const w of lexicon.watermarks) expect(found(w.example, 'web-debris').length, w.text).toBe(1);
  });
});

describe('a web address glued into a sentence', () => {
  it('is flagged whatever the site (a watermark not in the list), a government address is not', () => {
    const body = '二是扛牢法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责。登录中国政府网www.gov.cn查询，或县政府网站www.xx.gov.cn。';
    expect(found(body, 'web-debris').map((h) => h.text)).toEqual(['www.mishuzj.com']);
  });
});
