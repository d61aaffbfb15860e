import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { check, cleanReport, ofRule, shippedRules } from './build';

describe('a clean report', () => {
  it('has no findings at all', () => {
    expect(check(cleanReport(2024))).toEqual([]);
  });
});

describe('part-missing', () => {
  it('flags seed 003, which ends after 「存在的问题」 (no 下一年度安排)', () => {
    // Seed 003's level-1 headings: 工作开展情况 / 工作中存在的问题, no plan part.
    const report = cleanReport(2020);
    report.sections = report.sections.filter((s) => s.templateKey !== 'plans');
    report.sections[0]!.title = '工作开展情况';
    report.sections.find((s) => s.templateKey === 'problems')!.title = '工作中存在的问题';
    const missing = ofRule(check(report), 'part-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.severity).toBe('error');
    expect(missing[0]!.message).toContain('下一年度推进法治政府建设的主要安排');
    expect(missing[0]!.sectionId).toBeNull();
  });

  it('recognises the parts by title when sections have no template key (imported reports)', () => {
    const report = cleanReport(2023);
    report.sections = [
      { id: 1, templateKey: null, title: '工作开展情况', level: 1, body: '我乡2023年开展了工作。' },
      { id: 2, templateKey: null, title: '存在问题', level: 1, body: '一是人才短缺。' },
      { id: 3, templateKey: null, title: '2024年工作计划', level: 1, body: '2024年，继续推进。' },
    ];
    const missing = ofRule(check(report), 'part-missing');
    // Seed 000's shape: no 第一责任人 part (警告) and no 其他情况 (提示).
    expect(missing.map((f) => [f.severity, f.message.includes('第一责任人'), f.message.includes('其他需要报告')])).toEqual([
      ['warning', true, false],
      ['info', false, true],
    ]);
  });

  it('reports a part that exists but is empty, unless declared 无此项', () => {
    const report = cleanReport(2024);
    report.sections[3] = { ...report.sections[3]!, body: '' };
    expect(ofRule(check(report), 'part-missing').map((f) => f.sectionId)).toEqual([4]);
    report.sections[3] = { ...report.sections[3]!, notApplicable: '本年度无' };
    expect(ofRule(check(report), 'part-missing')).toEqual([]);
  });
});

describe('section-empty / section-short', () => {
  it('flags a required part with no content in it or its sub-sections, never an area of part one', () => {
    const report = cleanReport(2024);
    report.sections[0] = { ...report.sections[0]!, required: true };
    report.sections[1] = { ...report.sections[1]!, body: '  \n ', required: true };
    const empty = ofRule(check(report), 'section-empty');
    // The areas of the 纲要 are guidance: only the part the 规定 requires is reported.
    expect(empty.map((f) => f.sectionId)).toEqual([1]);
    expect(empty[0]!.severity).toBe('error');
  });

  it('counts sub-section text towards the parent, and accepts 无此项', () => {
    const report = cleanReport(2024);
    report.sections[0] = { ...report.sections[0]!, required: true };
    expect(ofRule(check(report), 'section-empty')).toEqual([]);
    report.sections[3] = { ...report.sections[3]!, body: '', required: true, notApplicable: '本单位无此项' };
    expect(ofRule(check(report), 'section-empty')).toEqual([]);
  });

  it('flags a required section far shorter than its minimum', () => {
    const report = cleanReport(2024);
    report.sections[2] = { ...report.sections[2]!, body: '带头学法。', required: true, minChars: 100 };
    const short = ofRule(check(report), 'section-short');
    expect(short).toHaveLength(1);
    expect(short[0]!.message).toContain('只有5字');
    report.sections[2] = { ...report.sections[2]!, minChars: 5 };
    expect(ofRule(check(report), 'section-short')).toEqual([]);
  });
});

describe('落款', () => {
  it('flags a missing 署名 and 日期 (seeds 000 and 003 have neither)', () => {
    const findings = check(cleanReport(2023, { signatureName: '', signatureDate: '' }));
    expect(findings.map((f) => [f.rule, f.field, f.severity])).toEqual([
      ['signature-missing', 'signatureName', 'error'],
      ['date-missing', 'signatureDate', 'error'],
    ]);
  });

  it.each([
    ['2023年12月05日', '2023年12月5日'],
    ['2024年03月1日', '2024年3月1日'],
    ['二〇二三年十二月二十日', '2023年12月20日'],
    ['2023-12-21', '2023年12月21日'],
    ['2023.12.21', '2023年12月21日'],
  ])('rewrites 「%s」 as 「%s」', (written, canonical) => {
    const findings = ofRule(check(cleanReport(2023, { signatureDate: written })), 'date-format');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(canonical);
    expect(findings[0]!.fix?.edits).toEqual([{ start: 0, end: written.length, replacement: canonical }]);
    expect(findings[0]!.fix?.kind).toBeUndefined();
  });

  it('refuses an unreadable or impossible date', () => {
    expect(ofRule(check(cleanReport(2023, { signatureDate: '年底' })), 'date-format')[0]!.severity).toBe('error');
    expect(ofRule(check(cleanReport(2023, { signatureDate: '2024年2月30日' })), 'date-format')[0]!.message).toContain('不是有效的日期');
  });

  it('accepts the seeds\' dates and flags one outside December…March', () => {
    // Seeds 001, 002, 004 sign in December of the report year.
    expect(check(cleanReport(2020, { signatureDate: '2020年12月14日' }))).toEqual([]);
    expect(check(cleanReport(2024, { signatureDate: '2024年12月31日' }))).toEqual([]);
    expect(check(cleanReport(2023, { signatureDate: '2024年3月31日' }))).toEqual([]);
    const early = ofRule(check(cleanReport(2023, { signatureDate: '2023年11月5日' })), 'date-window');
    expect(early).toHaveLength(1);
    expect(early[0]!.message).toContain('2023年12月至2024年3月');
    expect(ofRule(check(cleanReport(2023, { signatureDate: '2024年4月1日' })), 'date-window')).toHaveLength(1);
    expect(ofRule(check(cleanReport(2023, { signatureDate: '2022年12月20日' })), 'date-window')).toHaveLength(1);
  });

  it('asks once to confirm the 主送 and 署名 carried over from last year, until either is edited', () => {
    const reused = cleanReport(2024, { signatureDate: '2024年12月31日', addressee: '县人民政府', reused: true });
    const asked = ofRule(check(reused), 'reused-meta');
    expect(asked.map((f) => [f.severity, f.field])).toEqual([['info', 'signatureName']]);
    expect(asked[0]!.message).toContain('主送机关“县人民政府”和署名“某某镇人民政府”');
    // 「忽略」 is the confirmation; a new 主送 asks again.
    expect(runChecks(reused, { ...shippedRules(), ignored: [asked[0]!.id] })).toEqual([]);
    expect(ofRule(check({ ...reused, addressee: '中共某某县委、县人民政府' }), 'reused-meta')[0]!.id).not.toBe(asked[0]!.id);
    expect(ofRule(check({ ...reused, reused: false }), 'reused-meta')).toEqual([]);
  });
});

