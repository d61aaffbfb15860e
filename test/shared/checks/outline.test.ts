import { describe, expect, it } from 'vitest';
import { check, cleanReport, expectQuiet, ofRule, oneFinding, pointed, reportWithBody } from './build';

// Seed 000, section (五), typed sub-headings 1. 2. (1) (2) 3. 4. — all in order.
const SEED_000_EMERGENCY = [
  '1.依法打击各类非法违法生产经营建设行为。根据县级集中开展安全生产领域打非治违专项行动的相关要求，全乡累计组织安全生产检查组18次。',
  '2.进一步健全应急管理机制。',
  '（1）制定完善各类应急预案，加快应急救援队伍建设。',
  '（2）深入组织开展应急救援演练。',
  '3.推进宣传教育培训工作。以全员培训为契机，全面开展企业员工的安全生产知识普及工作。',
  '4.构建畅通有序的信访秩序。严格落实《信访工作条例》，坚持开展乡党政领导接访下访制度。',
].join('\n');

describe('heading-sequence', () => {
  it('accepts seed 000\'s 1. 2. (1) (2) 3. 4. (inner numbering restarts under each outer heading)', () => {
    expectQuiet(null, 2023, SEED_000_EMERGENCY);
  });

  it('flags 「一、二、四」', () => {
    const report = reportWithBody(2023, '一、组织领导\n二、制度建设\n四、执法监督');
    oneFinding(report, 'heading-sequence', { pointed: '四、', paragraph: 2, messageHas: ['应为“三、”'] });
  });

  it('flags a repeated number and a sequence that does not start at one', () => {
    const repeated = ofRule(check(reportWithBody(2023, '1.学法\n2.普法\n2.用法')), 'heading-sequence');
    expect(repeated.map((f) => f.message)).toEqual(['小标题序号“2.”重复，应为“3.”。']);
    const late = ofRule(check(reportWithBody(2023, '（2）普法\n（3）用法')), 'heading-sequence');
    expect(late).toHaveLength(1);
    expect(late[0]!.message).toContain('前面没有“（1）”');
  });

  it('accepts items numbered on through the part (held-out 111: 1. 2. under （一）, 3. under （二）), not a gap there', () => {
    const report = cleanReport(2020);
    report.sections.splice(1, 1,
      { id: 21, templateKey: 'own', title: '加强法治政府建设组织领导落实', level: 2, body: '1.加强党对法治政府建设的领导。\n2.强化考核评价和督促检查。' },
      { id: 22, templateKey: 'own', title: '依法全面履行政府职能', level: 2, body: '3.深化行政审批制度改革。' },
      { id: 23, templateKey: 'own', title: '完善依法行政制度体系', level: 2, body: '5.加强规范性文件监督管理。' },
    );
    const findings = ofRule(check(report), 'heading-sequence');
    expect(findings.map((f) => [f.sectionId, pointed(report, f)])).toEqual([[23, '5.']]);
  });
});

describe('heading-style', () => {
  it('flags 「1、」 next to 「1.」 in one report, pointing at the minority style', () => {
    const report = reportWithBody(2023, '1.学法\n2.普法\n3.用法');
    report.sections[2] = { ...report.sections[2]!, body: '1、带头学法。\n2、带头讲法。' };
    const findings = ofRule(check(report), 'heading-style');
    expect(findings.map((f) => [f.sectionId, pointed(report, f)])).toEqual([[3, '1、'], [3, '2、']]);
  });

  it('does not count bracket width as a style (that is the punctuation check\'s business)', () => {
    const report = reportWithBody(2023, '（一）学法\n(二)普法');
    expect(ofRule(check(report), 'heading-style')).toEqual([]);
    expect(ofRule(check(report), 'heading-sequence')).toEqual([]);
  });
});

describe('heading-broken', () => {
  it('flags seed 003\'s 「)全面开展依法治理」 in a body and in a section title', () => {
    // Seed 003 verbatim: the level-2 heading lost its opening 「(三」.
    const report = reportWithBody(2020, '4.全面落实谁执法谁普法责任制。\n)全面开展依法治理,助推法治政府建设\n政府聘请重庆星空律师事务所律师张仲文为全乡(含村)法律顾问。');
    const body = ofRule(check(report), 'heading-broken');
    expect(body).toHaveLength(1);
    expect(body[0]!.severity).toBe('error');
    expect(body[0]!.paragraph).toBe(1);
    expect(pointed(report, body[0]!)).toBe(')');
    // Not reported a second time as an unpaired bracket.
    expect(ofRule(check(report), 'unpaired-mark')).toEqual([]);

    const titled = cleanReport(2020);
    titled.sections[1] = { ...titled.sections[1]!, title: ')严格规范行政执法,提升群众满意度' };
    const title = ofRule(check(titled), 'heading-broken');
    expect(title.map((f) => [f.field, f.sectionId, f.start, f.end])).toEqual([['title', 2, 0, 1]]);
  });
});

describe('enumeration-gap', () => {
  it('flags seed 003\'s 「是严格落实」 after 「一是」', () => {
    const report = reportWithBody(2020, [
      '2.常态化开展宪法宣传和宣誓活动。',
      '一是积极开展宪法宣传活动。4月25日,由重庆市武隆区星空律师事务所派队来我乡浩口村开展了1场《宪法》集中宣传会。',
      '是严格落实宪法宣誓制度。我乡对人大选举产生的国家工作人员均进行了宪法宣誓,有力增强了国家工作人员使命感、责任感和荣誉感。',
    ].join('\n'));
    oneFinding(report, 'enumeration-gap', { paragraph: 2, pointed: '是', messageHas: ['可能漏了“二”'] });
  });

  it('flags 「一是…三是」 and names the missing 「二是」', () => {
    const report = reportWithBody(2024, '一是加强学法；三是加强普法。');
    const findings = ofRule(check(report), 'enumeration-gap');
    expect(findings.map((f) => pointed(report, f))).toEqual(['三是']);
    expect(findings[0]!.message).toContain('缺少“二是”');
  });

  it('accepts enumerations across paragraphs and restarts (seed 001 问题 part, seed 000 (二)(三))', () => {
    const body = [
      '一是依法办事的意识仍有待提高，尤其在急难事情的处理上，容易忽视合法性审查。',
      '二是个别部门工作人员对法治政府建设不够重视，不善于利用法治思维解决问题。',
      '在人大工作方面：一是规范建设人大联络站；二是积极开展主题日活动；三是开展约见镇长活动；四是开展工作评议；五是开展民生实事票决制。',
      '一是推进重大行政决策科学民主合法。二是严格执行政府守信践诺机制。三是按照《云南省政府法律顾问工作规定》，建立法律顾问工作机制。',
    ].join('\n');
    expectQuiet(null, 2020, body);
  });

  it('does not read 「统一是」「是否」 or a 「是」 with no count running as enumeration', () => {
    expectQuiet('enumeration-gap', 2024, '标准统一是基础。是否公开，由办公室审核。\n是年，我镇成立执法办。');
  });

  it('keeps 「一是要求」 as an enumeration (seed 002 (四))', () => {
    expectQuiet('enumeration-gap', 2024, '一是要求法制工作人员积极联系法律顾问。二是所有执法案件都必须经过法制审核人员和法律顾问的法律合法性审查。');
  });
});
