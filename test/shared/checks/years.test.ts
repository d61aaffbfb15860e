import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../shared/checks';
import { termPattern } from '../../../shared/checks/termMatch';
import { parseTerms, parseTermsJson } from '../../../shared/checks/terms';
import { check, cleanReport, expectQuiet, ofRule, oneFinding, pointed, reportWithBody, shippedTerms } from './build';

describe('year-other', () => {
  it('flags a year left over from last year\'s report', () => {
    oneFinding(reportWithBody(2024, '2023年，我镇共办理行政执法案件12件。'), 'year-other', { pointed: '2023', severity: 'warning', messageHas: ['本报告为2024年度'] });
  });

  it('offers 「修正」 to the year the message names, one at a time, but not for ranges or in the plan part', () => {
    const report = reportWithBody(2024, '2023年，我镇共办理行政执法案件12件；2019—2022年累计培训300人次。');
    const [single, range] = ofRule(check(report), 'year-other');
    expect(single!.fix).toEqual({ edits: [{ start: 0, end: 4, replacement: '2024' }] });
    expect(single!.message).toContain('此处应为2024年');
    expect(applyFixes(report.sections[1]!.body, [single!])).toMatch(/^2024年，我镇/);
    expect(range!.fix).toBeUndefined();
    // In the plan part the year may be the report's or the next: no one year to put.
    const plan = cleanReport(2023);
    plan.sections[4] = { ...plan.sections[4]!, body: '2022年将继续推进。' };
    const inPlan = ofRule(check(plan), 'year-other');
    expect(inPlan.map((f) => f.sectionId)).toEqual([5]);
    expect(inPlan[0]!.fix).toBeUndefined();
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
    expectQuiet('year-other', 2024, [
      '根据《砚山县赋予乡镇部分县级行政职权目录（2023年版）》，对全乡权责清单进行梳理。',
      '对照《苍溪县乡村振兴局法治苍溪法治政府法治社会建设工作实施方案（2021-2025年）》，调整充实了领导小组。',
      '“十四五”（2021—2025年）期间，2021年以来累计培训干部300人次。',
    ]);
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
    const f = oneFinding(report, 'stale-term', { field: 'opening', pointed: '依法治国新理念新思想新战略', messageHas: ['习近平法治思想', '依据'] });
    expect(f.sectionId).toBeNull();
  });

  it('accepts the same phrase in a 2020 report (seed 003)', () => {
    expectQuiet('stale-term', 2020, '1.深入学习宣传贯彻习近平总书记全面依法治国新理念新思想新战略以及关于加强法治和德治的重要指示精神。');
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
    expectQuiet('stale-term', 2020, body);
  });

  it('does not flag 「巩固拓展脱贫攻坚成果」 (seed 004, 2023) but flags 脱贫攻坚 as a current task', () => {
    const ok = '把法治政府建设与巩固拓展脱贫攻坚成果同乡村振兴有效衔接充分结合，不断巩固拓展脱贫攻坚成果。';
    expectQuiet('stale-term', 2023, ok);
    const stale = ofRule(check(reportWithBody(2023, '全力打赢脱贫攻坚战。')), 'stale-term');
    expect(stale).toHaveLength(1);
  });

  it('tells 《信访条例》 from 《信访工作条例》 and 《重庆市信访条例》', () => {
    const body = '严格落实《信访工作条例》《重庆市信访条例》。';
    expectQuiet('stale-term', 2023, body);
    expect(ofRule(check(reportWithBody(2023, '贯彻《信访条例》。')), 'stale-term')).toHaveLength(1);
    const early = ofRule(check(reportWithBody(2021, body)), 'stale-term');
    expect(early).toHaveLength(1);
    expect(early[0]!.message).toContain('“《信访工作条例》”2022年5月1日起才适用');
  });

  it('flags the 2004 《全面推进依法行政实施纲要》 as what a 2021 report carries out (held-out 110), not in a 2012 text', () => {
    const body = '龙凤街坚持以习近平新时代中国特色社会主义思想为指导，深刻贯彻落实国务院《全面推进依法行政实施纲要》的要求。';
    const report = reportWithBody(2021, body);
    const found = ofRule(check(report), 'stale-term');
    expect(found.map((f) => [pointed(report, f), f.severity])).toEqual([['《全面推进依法行政实施纲要》', 'warning']]);
    expect(found[0]!.message).toContain('《法治政府建设实施纲要》');
    expectQuiet('stale-term', 2012, body);
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
    expectQuiet('expected-term', 2025, named);
    expectQuiet('expected-term', 2024, '深入开展“八五”普法。');
  });

  it('points at the opening when only the opening talks of 普法 (not at a section that is not there)', () => {
    const report = cleanReport(2025, { opening: '2025年，我镇扎实推进普法工作，现将有关情况报告如下：' });
    const [finding, ...more] = ofRule(check(report), 'expected-term');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ sectionId: null, field: 'opening', paragraph: 0 });
    expect(report.opening!.slice(finding!.start, finding!.end)).toBe('普法');
    expect(finding!.excerpt).toContain('普法');
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

describe('bare years and 年来 (issue 11)', () => {
  it('finds a year that lost its 年 (corpus 044, the issue\'s 「2025坚持」), with 年 as the fix', () => {
    for (const [body, year, text] of [['开展2023“我们的节日”等系列活动', 2023, '2023'], ['2025坚持以习近平法治思想为指引', 2025, '2025']] as const) {
      const report = reportWithBody(year, body);
      const [f] = ofRule(check(report), 'year-lost-nian');
      expect(pointed(report, f!)).toBe(text);
      expect(applyFixes(body, [f!])).toBe(body.replace(text, `${text}年`));
    }
  });

  it('leaves document numbers, counts and dates alone', () => {
    for (const body of ['(泸治县办〔2022〕3号)', '共受理2025件', '2024-01-07', '2023年度', '2021至2025年', '第2023期', 'sm2024号', '2023版']) {
      expectQuiet('year-lost-nian', 2024, body);
    }
  });

  it('finds 「2021年来」 for 「2021年以来」 (corpus 010, seed 000), not 「2021年以来」', () => {
    const report = reportWithBody(2021, '2021年来,街道按照要求。2021年以来,街道平安办。');
    const found = ofRule(check(report), 'year-since');
    expect(found.map((f) => pointed(report, f))).toEqual(['2021年来']);
    expect(applyFixes(report.sections[1]!.body, found)).toBe('2021年以来,街道按照要求。2021年以来,街道平安办。');
  });

  it('in a report built on last year\'s, asks to verify 「YYYY年以来」 and cited files of last year', () => {
    const body = '2023年以来，我镇落实《某镇2023年法治政府建设工作要点》，2024年以来持续推进。';
    const reused = reportWithBody(2024, body, { reused: true });
    const found = ofRule(check(reused), 'reused-year');
    expect(found.map((f) => pointed(reused, f))).toEqual(['2023年以来', '《某镇2023年法治政府建设工作要点》']);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
    expectQuiet('reused-year', 2024, body);
  });

  it('accepts the next year named for the plan and an earlier year paired with the report year (corpus 005, 007, 017)', () => {
    for (const body of ['现将2024年法治建设工作情况及2025年度工作思路总结如下', '2023年和2024年连续两年通过考核', '对2025年度推进法治政府建设的主要工作安排进行部署']) {
      expectQuiet('year-other', 2024, body);
    }
  });
});

describe('terms in every script (issue 11)', () => {
  it('finds the old wording in traditional script and in its shortened forms (corpus 003, 048)', () => {
    const trad = reportWithBody(2024, '深入貫徹習近平總書記關于全面依法治國新思想新戰略，緊緊圍繞');
    expect(ofRule(check(trad), 'stale-term').map((f) => pointed(trad, f))).toEqual(['依法治國新思想新戰略']);
    const short = reportWithBody(2025, '认真组织学习习近平总书记关于全面依法治国新思想，党中央关于');
    expect(ofRule(check(short), 'stale-term').map((f) => pointed(short, f))).toEqual(['依法治国新思想']);
    // A 2020 report may still use it (corpus 037).
    expectQuiet('stale-term', 2020, '全面依法治國新理念新思想新戰略');
  });

  it('asks for 党的 before 二十大精神 and 十九届X中全会, not when the list has it (corpus 002, 005, 020, 031)', () => {
    const report = reportWithBody(2023, '深入学习贯彻二十大精神，学习十九届六中全会精神。');
    const found = ofRule(check(report), 'party-prefix');
    expect(found.map((f) => pointed(report, f))).toEqual(['二十大', '十九届六中全会']);
    expect(applyFixes(report.sections[1]!.body, found)).toBe('深入学习贯彻党的二十大精神，学习党的十九届六中全会精神。');
    for (const body of ['学习贯彻党的二十大精神', '党的二十大、党的二十届三中全会精神', '党的二十大和二十届历次全会', '党的十九大和十九届二中、三中、四中、五中全会精神', '深入貫徹黨的十九屆五中、六中全會精神', '全市二十大重点项目']) {
      expectQuiet('party-prefix', 2023, body);
    }
  });
});
