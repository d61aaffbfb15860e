import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../shared/checks';
import { check, expectQuiet, ofRule, oneFinding, pointed, reportWithBody } from './build';

describe('half-width / straight-quotes', () => {
  it('groups a paragraph\'s half-width marks into one finding with every mark listed and fixed', () => {
    // Seed 000 verbatim.
    const body = '2023年共排查矛盾纠纷150起,调解成功128起,调解成功率85.3%。\n按照"谁主管,谁负责"原则,将责任目标细化到各中心站(所)。';
    const report = reportWithBody(2023, body);
    const findings = check(report);
    const width = ofRule(findings, 'half-width');
    expect(width.map((f) => [f.paragraph, f.marks?.length, f.severity, f.fix?.kind])).toEqual([
      [0, 2, 'warning', 'punctuation-width'],
      [1, 4, 'warning', 'punctuation-width'],
    ]);
    expect(width[1]!.message).toContain('4处半角标点');
    const quotes = ofRule(findings, 'straight-quotes');
    expect(quotes.map((f) => [f.paragraph, f.marks?.length, f.fix?.kind])).toEqual([[1, 2, 'quote-pairing']]);
    expect(applyFixes(body, [...width, ...quotes])).toBe(
      '2023年共排查矛盾纠纷150起，调解成功128起，调解成功率85.3%。\n按照“谁主管，谁负责”原则，将责任目标细化到各中心站（所）。',
    );
  });

  it('is silent on full-width text, numbers, URLs and the 「1.」 dot', () => {
    expectQuiet(null, 2023, '1.依法打击各类非法违法生产经营建设行为。\n增长3.5个百分点，共1,000人，上午10:30开会，详见http://www.gov.cn/a?b=1,2。');
  });
});

describe('unpaired-mark', () => {
  it('flags seed 000\'s extra 「”」 (「双随机、一公开”」)', () => {
    const body = '建立完善电子证照管理制度，双随机、一公开”、依法决策、政务公开等制度得到有效执行。';
    oneFinding(reportWithBody(2023, body), 'unpaired-mark', { severity: 'error', pointed: '”', messageHas: ['没有对应的前半个'] });
  });

  it('flags seed 003\'s extra 「》」', () => {
    const body = '印发浩口乡2020年度普法职责目录及普法计划》，明确各单位及政府各办室与其工作内容相应的普法责任与普法内容。';
    const report = reportWithBody(2020, body);
    const findings = ofRule(check(report), 'unpaired-mark');
    expect(findings.map((f) => pointed(report, f))).toEqual(['》']);
  });

  it('flags an opening quote never closed and an unclosed bracket', () => {
    const report = reportWithBody(2023, '开展“送法进校园活动，“法律明白人”培训。\n（一）依法履职（含村级。');
    const findings = ofRule(check(report), 'unpaired-mark');
    expect(findings.map((f) => [f.paragraph, pointed(report, f)])).toEqual([[0, '“'], [1, '（']]);
  });

  it('accepts nested brackets and 《》 with 〈〉 inside', () => {
    expectQuiet(null, 2023, '印发《关于印发〈盘龙彝族乡安全生产和自然灾害综合应急预案〉的通知》（盘发〔2023〕60号（试行））。');
  });
});

describe('nested-title-marks', () => {
  it('flags and fixes seed 000\'s 「《…关于印发<盘龙彝族乡…预案>的通知》」', () => {
    const body = '制定印发《中共盘龙彝族乡委员会 盘龙彝族乡人民政府关于印发<盘龙彝族乡安全生产和自然灾害综合应急预案>的通知》（盘发〔2023〕60号）。';
    const f = oneFinding(reportWithBody(2023, body), 'nested-title-marks', { pointed: '<盘龙彝族乡安全生产和自然灾害综合应急预案>' });
    expect(f.fix?.kind).toBe('nested-marks');
    expect(applyFixes(body, [f])).toBe(body.replace('<', '〈').replace('>', '〉'));
  });

  it('flags 《…《…》…》 and fixes only the inner pair', () => {
    const body = '学习《关于印发《法治政府建设实施纲要》的通知》和《宪法》。';
    const report = reportWithBody(2023, body);
    const findings = ofRule(check(report), 'nested-title-marks');
    expect(findings.map((f) => pointed(report, f))).toEqual(['《法治政府建设实施纲要》']);
    expect(applyFixes(body, findings)).toBe('学习《关于印发〈法治政府建设实施纲要〉的通知》和《宪法》。');
    expect(ofRule(check(report), 'unpaired-mark')).toEqual([]);
  });
});

describe('internet-plus', () => {
  it('flags and fixes seed 000\'s 「互联网十政务服务」 but not 「互联网+」 or 「互联网十年」', () => {
    const body = '持续开展“互联网+政务服务”工作。深化“互联网十政务服务”改革。互联网十年来发展迅速。';
    const f = oneFinding(reportWithBody(2023, body), 'internet-plus', { pointed: '十' });
    expect(applyFixes(body, [f])).toBe('持续开展“互联网+政务服务”工作。深化“互联网+政务服务”改革。互联网十年来发展迅速。');
  });
});

describe('date-lost-mark', () => {
  it('flags seed 003\'s 「2020317日」「328日」「817日」', () => {
    // Seed 003 verbatim.
    const body = '2020317日,党委中心组组织学习了《习近平全面依法治国新理念新思想新战略十论》328日,村社干部大会传达学习《习近平总书记在全国两会期间重要讲话精神传达提纲》817日,党委会传达学习。';
    const report = reportWithBody(2020, body);
    const findings = ofRule(check(report), 'date-lost-mark');
    expect(findings.map((f) => [pointed(report, f), f.severity])).toEqual([
      ['2020317日', 'error'],
      ['328日', 'error'],
      ['817日', 'error'],
    ]);
    expect(findings[0]!.message).toContain('应为“2020年3月17日”');
    expect(findings[1]!.message).toContain('应为“3月28日”');
  });

  it('flags 「(20212025年)」 and 「202012月」, offers both readings when ambiguous', () => {
    const report = reportWithBody(2023, '方案（20212025年）于202012月印发，111日起施行。');
    const findings = ofRule(check(report), 'date-lost-mark');
    expect(findings.map((f) => f.message)).toEqual([
      '“20212025年”疑似漏了年份之间的连接号，应为“2021—2025年”。',
      '“202012月”疑似漏了“年”，应为“2020年12月”。',
      '“111日”疑似漏了“月”，应为“1月11日”或“11月1日”。',
    ]);
  });

  it('leaves real dates and day counts alone', () => {
    expectQuiet('date-lost-mark', 2023, '3月28日、2023年12月1日开展活动，全年365日值守，15日内办结。');
  });
});

describe('repeated-sentence', () => {
  it('flags seed 002\'s 「积极应对行政诉讼案件。积极应对行政诉讼案件。」', () => {
    const body = '5、积极应对行政诉讼案件。积极应对行政诉讼案件。今年共8起行政诉讼案件,结案6起,该6起无一起败诉。';
    const f = oneFinding(reportWithBody(2024, body), 'repeated-sentence', { pointed: '积极应对行政诉讼案件。' });
    expect(f.start).toBe(body.lastIndexOf('积极应对'));
  });

  it('does not flag the same sentence apart or a short one', () => {
    expectQuiet('repeated-sentence', 2024, '加强学法。加强普法。加强学法。好。好。');
  });
});

describe('line-break', () => {
  it('flags seed 002\'s 「三星镇突出能力建设，⏎力争…」', () => {
    const body = '4、加强高素质法治工作队伍建设。三星镇突出能力建设，\n力争培育高素质法治队伍。坚持建设德才兼备的高素质法治工作队伍。';
    oneFinding(reportWithBody(2024, body), 'line-break', { severity: 'warning', paragraph: 0, pointed: '，' });
  });

  it('does not flag headings without end punctuation (seed 003 「3.关于加强疫情防控…的落实情况」)', () => {
    expectQuiet('line-break', 2020, [
      '3.关于加强疫情防控法治宣传和法律服务、及时化解矛盾纠纷的落实情况',
      '一是疫情暴发初期第一时间成立疫情防控工作领导小组。',
      '依法行政方面',
      '行政执法工作人员执法程序和适用法律方面的素质和能力仍有待进一步提高。',
      '在人大工作方面：',
      '一是规范建设人大联络站。',
    ]);
  });

  it('marks a long paragraph with no end punctuation as 提示', () => {
    const body = '党委政府把依法行政工作列入重要议事日程，严格落实党政主要负责人履行推进法治政府建设第一责任人的职责成立领导小组\n为工作落实提供组织保障。';
    const findings = ofRule(check(reportWithBody(2020, body)), 'line-break');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('marks a short line that opens a sentence and breaks it mid-phrase as 提示 (issue 11), not a heading with a comma', () => {
    const broken = '2025年，我镇坚持以习近平\n法治思想为指引，全面推进依法行政，扎实开展法治政府建设各项工作。';
    const findings = ofRule(check(reportWithBody(2025, broken)), 'line-break');
    expect(findings.map((f) => [f.severity, f.paragraph])).toEqual([['info', 0]]);
    const heading = '加强组织领导，健全工作机制\n我镇成立了以党委书记为组长的法治政府建设工作领导小组，定期研究部署工作。';
    expectQuiet('line-break', 2025, heading);
  });
});
