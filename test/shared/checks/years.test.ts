import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, parseTerms, parseTermsJson } from '../../../shared/checks';
import { termPattern } from '../../../shared/checks/terms';
import { check, cleanReport, ofRule, pointed, reportWithBody, shippedTerms } from './build';

describe('year-other', () => {
  it('flags a year left over from last year\'s report', () => {
    const report = reportWithBody(2024, '2023年，我镇共办理行政执法案件12件。');
    const findings = ofRule(check(report), 'year-other');
    expect(findings).toHaveLength(1);
    expect(pointed(report, findings[0]!)).toBe('2023');
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('本报告为2024年度');
  });

  it('allows the next year in the plan part only (by key or by title, and in its sub-sections)', () => {
    const report = cleanReport(2023);
    report.sections[1] = { ...report.sections[1]!, body: '2024年将继续推进。' };
    expect(ofRule(check(report), 'year-other')).toHaveLength(1);
    // Seed 000: the plan part is titled 「2024年工作计划」 and has level-2 children.
    report.sections = [
      ...report.sections.slice(0, 4),
      { id: 10, templateKey: null, title: '2024年工作计划', level: 1, body: '2024年，盘龙彝族乡将继续坚持以习近平新时代中国特色社会主义思想为指引。' },
      { id: 11, templateKey: null, title: '进一步加强党对法治政府建设工作的领导', level: 2, body: '2024年建立健全领导干部学法常态机制。' },
      { id: 12, templateKey: 'other', title: '其他需要报告的情况', level: 1, body: '2024年无。' },
    ];
    const findings = ofRule(check(report), 'year-other');
    expect(findings.map((f) => f.sectionId)).toEqual([2, 12]);
  });

  it('ignores years inside 《》 and ranges that cover the report year (seeds 000, 004)', () => {
    const body = [
      '根据《砚山县赋予乡镇部分县级行政职权目录（2023年版）》，对全乡权责清单进行梳理。',
      '对照《苍溪县乡村振兴局法治苍溪法治政府法治社会建设工作实施方案（2021-2025年）》，调整充实了领导小组。',
      '“十四五”（2021—2025年）期间，2021年以来累计培训干部300人次。',
    ].join('\n');
    expect(ofRule(check(reportWithBody(2024, body)), 'year-other')).toEqual([]);
  });

  it('flags a range that does not cover the report year, and a wrong year in the report title', () => {
    const report = reportWithBody(2026, '2021—2025年全面完成了规划任务。', { title: '某某镇2025年法治政府建设工作报告' });
    const findings = ofRule(check(report), 'year-other');
    expect(findings.map((f) => [f.field, f.severity])).toEqual([
      ['reportTitle', 'error'],
      ['body', 'warning'],
    ]);
    expect(pointed(report, findings[1]!)).toBe('2021—2025');
  });
});

describe('year-relative', () => {
  it('marks 今年 / 本年度 / 至今 / 目前 for review, with a fix only where the meaning is certain', () => {
    // Seed 002: 「今年办理申领三星镇行政执法证11本」「2024年1月份至今共受理各类纠纷3343件」.
    const body = '今年办理申领三星镇行政执法证11本。2024年1月份至今共受理各类纠纷3343件。较好完成了本年度工作任务，目前运行良好。';
    const report = reportWithBody(2024, body);
    const findings = ofRule(check(report), 'year-relative');
    expect(findings.map((f) => [pointed(report, f), f.severity, f.fix?.edits[0]?.replacement])).toEqual([
      ['今年', 'info', '2024年'],
      ['至今', 'info', undefined],
      ['本年度', 'info', '2024年度'],
      ['目前', 'info', undefined],
    ]);
    expect(applyFixes(body, findings)).toBe('2024年办理申领三星镇行政执法证11本。2024年1月份至今共受理各类纠纷3343件。较好完成了2024年度工作任务，目前运行良好。');
  });
});

describe('stale-term (resources/rules/terms.json)', () => {
  it('flags seed 000\'s 「依法治国新理念新思想新战略」 in a 2023 report, in the opening', () => {
    const report = cleanReport(2023, {
      opening: '2023年来，盘龙乡在县委、县人民政府的正确领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记依法治国新理念新思想新战略，紧紧围绕省、州、县法治政府建设重点。',
    });
    const findings = ofRule(check(report), 'stale-term');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.field).toBe('opening');
    expect(findings[0]!.sectionId).toBeNull();
    expect(pointed(report, findings[0]!)).toBe('依法治国新理念新思想新战略');
    expect(findings[0]!.message).toContain('习近平法治思想');
    expect(findings[0]!.message).toContain('依据');
  });

  it('accepts the same phrase in a 2020 report (seed 003)', () => {
    const body = '1.深入学习宣传贯彻习近平总书记全面依法治国新理念新思想新战略以及关于加强法治和德治的重要指示精神。';
    expect(ofRule(check(reportWithBody(2020, body)), 'stale-term')).toEqual([]);
  });

  it('finds terms however they are quoted or bracketed', () => {
    const body = '依托“七五”普法，深入学习党的十九大精神，贯彻《法治政府建设实施纲要(2015—2020年)》，深入推进扫黑除恶专项斗争。';
    const report = reportWithBody(2023, body);
    const findings = ofRule(check(report), 'stale-term');
    expect(findings.map((f) => pointed(report, f))).toEqual([
      '“七五”普法',
      '党的十九大精神',
      '《法治政府建设实施纲要(2015—2020年)》',
      '扫黑除恶专项斗争',
    ]);
    // All fine in 2020 (seed 001 writes exactly these).
    expect(ofRule(check(reportWithBody(2020, body)), 'stale-term')).toEqual([]);
  });

  it('does not flag 「巩固拓展脱贫攻坚成果」 (seed 004, 2023) but flags 脱贫攻坚 as a current task', () => {
    const ok = '把法治政府建设与巩固拓展脱贫攻坚成果同乡村振兴有效衔接充分结合，不断巩固拓展脱贫攻坚成果。';
    expect(ofRule(check(reportWithBody(2023, ok)), 'stale-term')).toEqual([]);
    const stale = ofRule(check(reportWithBody(2023, '全力打赢脱贫攻坚战。')), 'stale-term');
    expect(stale).toHaveLength(1);
  });

  it('tells 《信访条例》 from 《信访工作条例》 and 《重庆市信访条例》', () => {
    const body = '严格落实《信访工作条例》《重庆市信访条例》。';
    expect(ofRule(check(reportWithBody(2023, body)), 'stale-term')).toEqual([]);
    expect(ofRule(check(reportWithBody(2023, '贯彻《信访条例》。')), 'stale-term')).toHaveLength(1);
    const early = ofRule(check(reportWithBody(2021, body)), 'stale-term');
    expect(early).toHaveLength(1);
    expect(early[0]!.message).toContain('“《信访工作条例》”2022年5月1日起才适用');
  });

  it('allows next year\'s term in the plan part (十五五 in a 2025 report)', () => {
    const report = cleanReport(2025);
    report.sections[4] = { ...report.sections[4]!, body: '2026年，围绕“十五五”规划开好局。' };
    expect(ofRule(check(report), 'stale-term')).toEqual([]);
    report.sections[1] = { ...report.sections[1]!, body: '谋划“十五五”规划。' };
    expect(ofRule(check(report), 'stale-term').map((f) => f.sectionId)).toEqual([2]);
  });
});

describe('expected-term', () => {
  it('asks a 2025 report that talks of 普法 to name 《中华人民共和国法治宣传教育法》', () => {
    const findings = ofRule(check(reportWithBody(2025, '深入开展“八五”普法。')), 'expected-term');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    const named = '深入开展“八五”普法，学习宣传《中华人民共和国法治宣传教育法》。';
    expect(ofRule(check(reportWithBody(2025, named)), 'expected-term')).toEqual([]);
    expect(ofRule(check(reportWithBody(2024, '深入开展“八五”普法。')), 'expected-term')).toEqual([]);
  });
});

describe('terms.json', () => {
  it('holds every term listed in checks.md, each with a source', () => {
    const terms = shippedTerms();
    const names = terms.map((t) => t.term);
    for (const term of [
      '党的十九大精神', '党的二十大精神', '七五普法', '八五普法', '十三五', '十四五', '十五五',
      '《法治政府建设实施纲要（2015—2020年）》', '《法治政府建设实施纲要（2021—2025年）》', '扫黑除恶专项斗争',
      '疫情防控', '脱贫攻坚', '依法治国新理念新思想新战略', '习近平法治思想', '《信访条例》', '《信访工作条例》',
      '《中华人民共和国法治宣传教育法》',
    ]) expect(names).toContain(term);
    for (const t of terms) expect(t.source.length).toBeGreaterThan(5);
    const raw = JSON.parse(readFileSync(new URL('../../../resources/rules/terms.json', import.meta.url), 'utf8')) as unknown;
    expect(parseTerms(raw).ok).toBe(true);
  });

  it('explains in Chinese what is wrong with an edited file', () => {
    expect(parseTermsJson('{')).toMatchObject({ ok: false });
    const bad = parseTerms({ version: 1, terms: [{ term: '七五普法', validTo: '2020年', suggestion: '八五普法', source: '' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.join('\n')).toContain('第1项（validTo）');
      expect(bad.errors.join('\n')).toContain('请注明依据');
    }
    const noYears = parseTerms({ version: 1, terms: [{ term: 'x', suggestion: '', source: '某文件' }] });
    expect(noYears.ok).toBe(false);
  });

  it('builds patterns tolerant of brackets, dashes and quotes', () => {
    const re = termPattern('《法治政府建设实施纲要（2015—2020年）》');
    expect(re.test('《法治政府建设实施纲要(2015-2020年)》')).toBe(true);
    expect(termPattern('七五普法').test('“七五”普法')).toBe(true);
    expect(termPattern('七五普法').test('七五 普法')).toBe(false);
  });
});
