// Blanks and marks between Chinese words: positives are spans of the real-report corpus (file
// number in the comment), negatives its labelled-correct spans and ordinary report text.
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAllOfKind } from '../../../shared/checks';
import { check, cleanReport, ofRule, pointed, reportWithBody } from './build';

const hits = (body: string, rule: string, year = 2024) => {
  const report = reportWithBody(year, body);
  const found = ofRule(check(report), rule);
  return { texts: found.map((f) => pointed(report, f)), fixed: applyFixes(body, found.filter((f) => f.fix?.kind)) };
};

describe('space-in-text', () => {
  it.each([
    ['报告 2020 年,在区委、区政府的正确领导下', ['\u0020', '\u0020'], '报告2020年,在区委、区政府的正确领导下'], // 011
    ['在区法治政府 建设领导小组的指导下', [' '], '在区法治政府建设领导小组的指导下'], // 011
    ['按照疫情防控“三个 100%”的工作要求', [' '], '按照疫情防控“三个100%”的工作要求'], // 011
    ['辖区 72 个网格 260 余名专职网格员', [' ', ' ', ' ', ' '], '辖区72个网格260余名专职网格员'], // 011
    ['积极推进 “法律明白人” 队伍建设', [' ', ' '], '积极推进“法律明白人”队伍建设'], // 029
    ['印章刻制、发票申领、 银行开户预约', [' '], '印章刻制、发票申领、银行开户预约'], // 017
    ['負責日常工作。 領導小組定期召開會議', [' '], '負責日常工作。領導小組定期召開會議'], // 038
    ['今年以来,“送法进校园” “送法进企业”', [' '], '今年以来,“送法进校园”“送法进企业”'], // seed 002
    ['在区委、\u3000区政府的正确领导下', ['\u3000'], '在区委、区政府的正确领导下'], // 044, an ideographic space
    ['不断夯实法治工作基础建设 。一是街道党政主要负责人', [' '], '不断夯实法治工作基础建设。一是街道党政主要负责人'], // held-out 107: before a closing mark
    ['“法律明白人 ”队伍建设完成 2 ，', [' ', ' ', ' '], '“法律明白人”队伍建设完成2，'],
  ])('「%s」', (body, texts, fixed) => {
    const r = hits(body, 'space-in-text');
    expect(r.texts).toEqual(texts);
    expect(r.fixed).toBe(fixed);
  });

  it.each([
    '建成。“百馆千万场 服务来共享”系列活动', // 044: a campaign's name, written with a space
    '印发《中共盘龙彝族乡委员会 盘龙彝族乡人民政府关于印发〈预案〉的通知》', // seed 000: joint issuers
    '中共中央 国务院印发《法治政府建设实施纲要（2021—2025年）》',
    '\u3000\u30002024年，我镇坚持依法行政。  ', // indentation and trailing blanks are layout
    '推广使用 APP 办理业务', 'Hello world', 'Hello world 。',
  ])('「%s」 stays quiet', (body) => {
    expect(hits(body, 'space-in-text').texts).toEqual([]);
  });

  it('checks the report title and section titles too (corpus 011, 022)', () => {
    const report = cleanReport(2025, { title: '陵川县教育局 2025年法治政府建设年度报告' });
    report.sections[1] = { ...report.sections[1]!, title: '2025 年推进法治政府建设的主要举措' };
    const found = ofRule(check(report), 'space-in-text');
    expect(found.map((f) => [f.field, f.sectionId])).toEqual([['reportTitle', null], ['title', 2]]);
  });
});

describe('顿号', () => {
  it('between adjacent 引号 or 书名号 (corpus 027, seed 003), with a safe fix', () => {
    const r = hits('环评审批实行“全程网办”、“一站式审批”,学习《民法典》、《重庆市信访条例》。', 'dunhao-between-marks', 2021);
    expect(r.texts).toEqual(['、', '、']);
    expect(r.fixed).toBe('环评审批实行“全程网办”“一站式审批”,学习《民法典》《重庆市信访条例》。');
  });

  it('not between marks with nothing between them, nor after a parenthesis (GB/T 15834-2011 4.5.3.5)', () => {
    for (const body of ['《中华人民共和国宪法》《中国共产党章程》', '“科技下乡”“3.12植树节”', '“学习强国”“云岭先锋”', '《民法典》（2020年）、《宪法》']) {
      expect(hits(body, 'dunhao-between-marks').texts).toEqual([]);
    }
  });

  it('not inside a cited title, which is quoted as issued (held-out 101)', () => {
    for (const body of ['对区人民法院《关于转发最高人民法院“一号司法建议”、“二号司法建议”的报告》等文件作出批示', '学习《关于“三项制度”、“四项机制”的通知》']) {
      expect(hits(body, 'dunhao-between-marks').texts).toEqual([]);
    }
  });

  it('in a section title too: a paragraph the import took for a heading (held-out 105)', () => {
    const report = cleanReport(2021);
    report.sections[1] = { ...report.sections[1]!, title: '对《法治乡村促进条例（草案）》、《宁波市公共消火栓管理办法（草案送审稿）》开展了立法意见征集' };
    const found = ofRule(check(report), 'dunhao-between-marks');
    expect(found.map((f) => [f.field, f.sectionId, report.sections[1]!.title.slice(f.start - 1, f.end + 1)])).toEqual([['title', 2, '》、《']]);
    const fixed = fixAllOfKind(report, check(report), 'dunhao');
    expect(fixed.map((p) => [p.field, p.sectionId, p.fixed])).toEqual([
      ['title', 2, '对《法治乡村促进条例（草案）》《宁波市公共消火栓管理办法（草案送审稿）》开展了立法意见征集'],
    ]);
  });

  it('before 及/和 (corpus 046), not before 及时 or 和谐', () => {
    expect(hits('我局在局党组(扩大)会议、及党组理论学习中心组会议上', 'dunhao-conjunction', 2022).fixed).toBe('我局在局党组(扩大)会议及党组理论学习中心组会议上');
    expect(hits('做到依法、及时、公正处置,建设平安、和谐乡村', 'dunhao-conjunction').texts).toEqual([]);
  });
});

describe('double-mark', () => {
  it('flags two sentence marks in a row (corpus 033) and offers no guess which to keep', () => {
    const report = reportWithBody(2024, '深入学习习近平总书记重要论述。，认真贯彻落实。');
    const [f] = ofRule(check(report), 'double-mark');
    expect(pointed(report, f!)).toBe('。，');
    expect(f!.fix).toBeUndefined();
    expect(hits('“谁执法谁普法”！“谁主管谁负责”。……', 'double-mark').texts).toEqual([]);
  });
});

describe('year-dash', () => {
  it('turns the hyphen between two years into a 一字线 (corpus 004, 038, seed 004)', () => {
    const r = hits('对照《苍溪县工作实施方案(2021-2025年)》和《广东省实施纲要（2016－2020年）》', 'year-dash');
    expect(r.texts).toEqual(['2021-2025', '2016－2020']);
    expect(r.fixed).toBe('对照《苍溪县工作实施方案(2021—2025年)》和《广东省实施纲要（2016—2020年）》');
  });

  it('says nothing more inside a listed title: the doc-title fix brings the 一字线', () => {
    const report = reportWithBody(2022, '落实《法治政府建设实施纲要(2021-2025年)》');
    expect(check(report).filter((f) => f.sectionId === 2 && f.rule !== 'half-width').map((f) => f.rule)).toEqual(['doc-title']);
  });

  it('leaves dates, right dashes and ASCII codes alone', () => {
    for (const body of ['发布日期：2024-12-15', '（2021—2025年）', '索引号：sm09901-1800-2025-00003', '文件2020-2021.docx']) {
      expect(hits(body, 'year-dash').texts).toEqual([]);
    }
  });
});

describe('全部修正此类', () => {
  it('fixes every space of every section, and nothing else', () => {
    const report = reportWithBody(2024, '辖区 72 个网格，组织 3 次培训。');
    report.sections[2] = { ...report.sections[2]!, body: '党委书记带头 学法。' };
    const fixed = fixAllOfKind(report, check(report), 'space');
    expect(fixed.map((p) => [p.sectionId, p.field, p.fixed])).toEqual([
      [2, 'body', '辖区72个网格，组织3次培训。'],
      [3, 'body', '党委书记带头学法。'],
    ]);
  });
});
