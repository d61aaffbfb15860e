import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../shared/checks';
import { check, expectQuiet, ofRule, oneFinding, pointed, reportWithBody } from './build';

const numberRules = (body: string, year = 2023) => {
  const findings = check(reportWithBody(year, body));
  return findings.filter((f) => ['rate-mismatch', 'rate-impossible', 'sum-mismatch'].includes(f.rule));
};

describe('rate-mismatch', () => {
  it('flags seed 000: 128 of 150 is 85.3%, not 86%', () => {
    // Seed 000 verbatim (half-width commas as scraped).
    const body = '2023年共排查矛盾纠纷150起,调解成功128起,调解成功率86%。';
    oneFinding(reportWithBody(2023, body), 'rate-mismatch', { severity: 'error', pointed: '86%', messageHas: ['128÷150＝85.33%', '相差0.7个百分点'] });
  });

  it('accepts a rate within ±0.5 points, and the seeds\' right rates', () => {
    expect(numberRules('共排查矛盾纠纷150起，调解成功128起，调解成功率85.3%。')).toEqual([]);
    expect(numberRules('共排查矛盾纠纷150起，调解成功128起，调解成功率85%。')).toEqual([]);
    // Seed 000: 2875 of 2875.
    expect(numberRules('2023年来便民服务中心共受理便民服务事项2875件,办结2875件,办结率100%。')).toEqual([]);
    // Seed 001: two rates in one sentence, 15/15 and 155/165 = 93.9%.
    expect(numberRules('镇级总台接到群众来访20宗,来电6宗,累计接访群众60人,其中受理15件,已调处结案15件,调处成功率100%,村级综治站共接待来访群众515人次,来电166人次,接投诉、信访件共221件,其中受理165件,调处结案155件,调处成功率94%。', 2020)).toEqual([]);
  });

  it('leaves hedged rates and rates without counts alone (seed 000 持证率, seed 001 合格率)', () => {
    expect(numberRules('2023年,盘龙乡持有执法证53人,班子成员持证率达100%,干部职工持证率90%以上。')).toEqual([]);
    expect(numberRules('今年全镇国家工作人员包括领导干部都参加了学法考试,参考率和合格率均达100%。', 2020)).toEqual([]);
    expect(numberRules('共排查矛盾纠纷150起，调解成功约128起，调解成功率86%。')).toEqual([]);
  });

  it('does not pair counts that cannot be numerator and base', () => {
    // 70 of 95 would be 73.7%: far from 98%, so the counts are not what the rate is about.
    expect(numberRules('出动70人次，检查各类企业95家次，整改率98%。')).toEqual([]);
    expect(numberRules('检查企业95家，出动执法人员70人，整改率98%。')).toEqual([]);
  });
});

describe('rate-impossible', () => {
  it('flags seed 002: 95.36% cannot come from any whole count of 437', () => {
    const body = '2024年1月份至今共受理各类纠纷3343件,其中三星镇人民调解委员会直接调处437起矛盾纠纷,调解成功率95.36%,形成规范化卷宗199份,形成口头协议74份。';
    const report = reportWithBody(2024, body);
    oneFinding(report, 'rate-impossible', { pointed: '95.36%', messageHas: ['按437起计算', '416起为95.19%', '417起为95.42%'] });
    expect(ofRule(check(report), 'rate-mismatch')).toEqual([]);
  });

  it('accepts a two-decimal rate that some whole count gives', () => {
    // 417/437 = 95.42%.
    expect(numberRules('直接调处437起矛盾纠纷，调解成功率95.42%。', 2024)).toEqual([]);
  });
});

describe('sum-mismatch', () => {
  it('flags seed 001: 205 ≠ 0 + 48 + 166', () => {
    const body = '2020年,主动公开政府信息205条,含政府规范性文件类信息0条,其他文件类信息48条,工作动态等信息166条。受理政府信息公开申请0宗。';
    oneFinding(reportWithBody(2020, body), 'sum-mismatch', { severity: 'error', message: '分项合计214条（0＋48＋166），与总数205条不符，请核对。', pointed: /^205条.*166条$/ });
  });

  it('does not flag seed 000\'s 权责153项, whose parts do add up', () => {
    const body = '我乡共涉及权责153项,其中行政许可6项、行政处罚74项、行政强制6项、行政给付8项、行政检查7项、行政确认4项、行政裁决3项、其他权力45项,严格根据权责清单实施行政行为,做到“清单之外无权力”。';
    expect(numberRules(body)).toEqual([]);
    // The same list with one part changed is flagged.
    expect(ofRule(check(reportWithBody(2023, body.replace('行政检查7项', '行政检查9项'))), 'sum-mismatch')).toHaveLength(1);
  });

  it('does not flag seed 000\'s other totals (273件(次), 52件 next to 120人次)', () => {
    expect(numberRules('2023年共履行行政执法273件(次),其中:行政许可168件、行政检查105次。')).toEqual([]);
    expect(numberRules('2023年内盘龙彝族乡党政领导共接待群众来访52件,接访群众120人次,其中当场化解各类矛盾纠纷12件,转交各部门调解40件,坚决将矛盾纠纷化解在基层。')).toEqual([]);
  });

  it('reads 「其中受理…结案…」 as a funnel, not a split', () => {
    expect(numberRules('接投诉、信访件共221件，其中受理165件，调处结案155件。', 2020)).toEqual([]);
  });

  it('flags a list short of its total only when it claims to be complete (其他)', () => {
    expect(numberRules('共开展活动20次，其中宪法宣传5次、民法典宣传6次。')).toEqual([]);
    const findings = ofRule(check(reportWithBody(2023, '共开展活动20次，其中宪法宣传5次、民法典宣传6次、其他宣传7次。')), 'sum-mismatch');
    expect(findings.map((f) => f.message)).toEqual(['分项合计18次（5＋6＋7），与总数20次不符，请核对。']);
  });
});

describe('rates read every way (issue 11)', () => {
  it('stays quiet when a count is the numerator of a base the text does not give (32 of 35 = 91.4%)', () => {
    expectQuiet('rate-impossible', 2024, '全镇32名干部参加年度学法考试，参考率91.4%。');
  });
});

describe('yu-small', () => {
  it('flags 余 after a single digit (corpus 001), not after a round count or an exact one', () => {
    const report = reportWithBody(2023, '共组织干部集中学法4余次。');
    const [f] = ofRule(check(report), 'yu-small');
    expect(pointed(report, f!)).toBe('4余');
    expect(applyFixes(report.sections[1]!.body, [f!])).toBe('共组织干部集中学法4次。');
    for (const body of ['开展法治专题学习10余次', '覆盖镇村干部200余人', '组织执法人员参加业务培训4次', '其余4项按期完成', '发放资料1.5余万份']) {
      expectQuiet('yu-small', 2023, body);
    }
  });
});
