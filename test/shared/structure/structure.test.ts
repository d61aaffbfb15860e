// The structure the app insists on (the five parts) and the guidance around it (the 纲要's areas):
// part recognition from real level-1 wording, area recognition from real level-2 wording in both
// scripts, and the coverage list 完整性 shows.
import { describe, expect, it } from 'vitest';
import { areaMentions, areaOfHeading, areaSetForYear, outlineSetFor } from '../../../shared/structure/areas';
import { areaCoverage, coverageReader, type CoverageSection } from '../../../shared/structure/coverage';
import { partOfHeading, partOfKey } from '../../../shared/structure/parts';
import { toSimplified } from '../../../shared/text/script';
import { shippedTemplate } from '../../helpers/seedReports';

const township = shippedTemplate('township');
const department = shippedTemplate('department');
const areas2021 = township.areaSets.find((s) => s.id === 'outline2021')!.areas;
const areas2015 = township.areaSets.find((s) => s.id === 'outline2015')!.areas;

describe('toSimplified', () => {
  it('reads traditional script in simplified and leaves simplified text as it is', () => {
    expect(toSimplified('法治政府建設(shè)工作開展情況')).toBe('法治政府建设(shè)工作开展情况');
    expect(toSimplified('發布時間:2025-12-31 信息來源:辰溪縣小龍門鄉')).toBe('发布时间:2025-12-31 信息来源:辰溪县小龙门乡');
    const simplified = '棣棠乡2023年度法治政府建设情况报告';
    expect(toSimplified(simplified)).toBe(simplified);
  });
});

describe('partOfHeading', () => {
  it.each([
    ['推进法治政府建设的主要举措与成效', 'achievements'],
    ['工作开展情况', 'achievements'],
    ['2021年法治政府建设情况', 'achievements'],
    ['2019年推进法治政府建设情况', 'achievements'],
    ['2025年度工作总体情况', 'achievements'],
    ['主要工作措施及成效', 'achievements'],
    ['2022年法治政府建设的主要做法和成效', 'achievements'],
    ['六项措施推进法治政府建设', 'achievements'],
    ['2021年的主要工作', 'achievements'],
    ['法治政府建設(shè)工作開展情況', 'achievements'],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', 'duty'],
    ['局党组书记积极履行推进法治建设第一责任人职责，推动法治政府建设上新台阶', 'duty'],
    ['存在的不足和原因', 'problems'],
    ['工作中存在的问题', 'problems'],
    ['上一年度法治建设问题整改“回头看”', 'problems'],
    ['2024年工作计划', 'plans'],
    ['下一步工作思路', 'plans'],
    ['其他需要报告的情况', 'other'],
  ] as const)('「%s」 is part %s', (title, part) => {
    expect(partOfHeading(title)).toBe(part);
  });

  it.each(['强化政治引领，夯实法治建设组织保障', '法规制度建设情况', '法治建设领导推进机制完善情况', '完善公共法律体制建设'])(
    '「%s」 names no part: it is a work area',
    (title) => {
      expect(partOfHeading(title)).toBeNull();
    },
  );

  it('knows the parts by their template keys, not the areas', () => {
    expect(['achievements', 'duty', 'problems', 'plans', 'other'].map(partOfKey)).toEqual(['achievements', 'duty', 'problems', 'plans', 'other']);
    expect(partOfKey('achievements.functions')).toBeNull();
    expect(partOfKey('achievements.custom#2')).toBeNull();
  });
});

describe('areaOfHeading', () => {
  it.each([
    ['健全政府机构职能体系，提升政务服务效能', 'achievements.functions'],
    ['依法全面履行政府职能', 'achievements.functions'],
    ['完善制度建设，提升依法行政水平', 'achievements.rules'],
    ['不断强化规范性文件监督管理，筑牢制度建设防线', 'achievements.rules'],
    ['健全依法行政制度体系，加快推进政府治理规范化、程序化、法治化，不断提升行政决策公信力和执行力', 'achievements.rules'],
    ['提高决策水平，规范执行合法性审查工作', 'achievements.decisions'],
    ['扎实开展规范涉企行政执法专项行动，优化法治化营商环境', 'achievements.enforcement'],
    ['重大突发事件依法预防处置', 'achievements.emergencies'],
    ['强化纠纷排查', 'achievements.disputes'],
    ['推进政务公开', 'achievements.oversight'],
    ['監督管理統籌推進', 'achievements.oversight'],
    ['打造数字法治政府情况', 'achievements.digital'],
  ] as const)('「%s」 names %s', (title, key) => {
    expect(areaOfHeading(title, areas2021)?.key).toBe(key);
  });

  it.each(['加强组织领导，落实法治建设责任', '加强法治政府建设决策部署', '推进依法执政，狠抓法治建设工作', '强化学习培训，提升履职能力', '健全网络，完善制度'])(
    '「%s」 names no area',
    (title) => {
      expect(areaOfHeading(title, areas2021)).toBeNull();
    },
  );

  it('reads the 2015—2020 纲要 for reports up to 2020', () => {
    expect(outlineSetFor(2020)).toBe('outline2015');
    expect(outlineSetFor(2021)).toBe('outline2021');
    expect(areaSetForYear(township, 2019)!.id).toBe('outline2015');
    expect(areaSetForYear(department, 2025)!.id).toBe('outline2021');
    expect(areaOfHeading('全面提高法治思维和依法行政能力', areas2015)?.key).toBe('achievements.o2015.capacity');
    expect(areaOfHeading('全面提高法治思维和依法行政能力', areas2021)).toBeNull();
  });

  it('counts a long phrase once, not again for the short ones inside it', () => {
    const mentions = areaMentions('依法全面履行政府职能，深化放管服改革。严格执法。', areas2021);
    expect(Object.fromEntries(mentions)).toEqual({ 'achievements.functions': 2, 'achievements.enforcement': 1 });
  });
});

describe('areaCoverage', () => {
  const s = (id: number, parentId: number | null, templateKey: string | null, title: string, body = ''): CoverageSection => ({
    id,
    parentId,
    templateKey,
    title,
    body,
  });

  it('lists each area of the year’s 纲要 as written under a heading, in the text, or not at all', () => {
    const sections = [
      s(1, null, 'achievements', '工作开展情况'),
      s(2, 1, null, '加强组织领导，落实法治建设责任', '成立领导小组，严格执法，执法人员全部持证，执法案件全部审核。'),
      s(3, 1, 'achievements.rules', '完善制度建设', '清理规范性文件5件。'),
      s(4, 1, null, '强化纠纷排查', '调解矛盾纠纷32件。'),
      s(5, 1, 'achievements.emergencies', '依法应对重大突发事件'),
      s(6, null, 'plans', '下一步工作计划', '推进数字政府建设，加强信息化，建设智慧平台。'),
    ];
    const list = areaCoverage(township, 2024, sections)!;
    expect(list.setName).toContain('2021—2025');
    const by = Object.fromEntries(list.areas.map((a) => [a.key, [a.by, a.sectionId]]));
    expect(by['achievements.rules']).toEqual(['heading', 3]);
    expect(by['achievements.disputes']).toEqual(['heading', 4]);
    expect(by['achievements.enforcement']).toEqual(['text', 2]);
    // An empty heading is not writing; plans for next year are not this year's work.
    expect(by['achievements.emergencies']).toEqual(['none', null]);
    expect(by['achievements.digital']).toEqual(['none', null]);
    expect(list.areas).toHaveLength(8);
  });

  it('reads a report again as areaCoverage does while its text changes, section by section', () => {
    const read = coverageReader();
    let sections = [
      s(1, null, 'achievements', '工作开展情况'),
      s(2, 1, null, '加强组织领导', '成立领导小组。'),
      s(3, 1, null, '强化纠纷排查', '调解矛盾纠纷32件。'),
      s(4, null, 'plans', '下一步工作计划', '推进数字政府建设。'),
    ];
    const edits: Array<[number, string]> = [
      [2, '成立领导小组，严格执法，'],
      [2, '成立领导小组，严格执法，执法人员全部持证，执法案件全部审核。'],
      [3, '推进数字政府建设，加强信息化，建设智慧平台，数字政府。'],
      [2, ''],
    ];
    expect(read(township, 2024, sections)).toEqual(areaCoverage(township, 2024, sections));
    for (const [id, body] of edits) {
      sections = sections.map((x) => (x.id === id ? { ...x, body } : x));
      expect(read(township, 2024, sections)).toEqual(areaCoverage(township, 2024, sections));
    }
    // Another year's 纲要 is another set of areas: nothing kept from the last reading is reused for it.
    expect(read(township, 2020, sections)).toEqual(areaCoverage(township, 2020, sections));
  });
});
