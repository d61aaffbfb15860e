// The expected mapping of every seed report onto its template, heading by heading: used by the
// mapping tests (shared/import) and the file-import tests (electron/services/import).

export interface SeedMapping {
  template: 'township' | 'department';
  areaSet: string;
  /** [level, source title, expected template key or null (custom section in place)] */
  expected: Array<[1 | 2, string, string | null]>;
}

/** A level-1 heading and the level-2 headings under it, each as [title, expected key or null]. */
type OutlinePart = [string, string | null, Array<[string, string | null]>?];

/** The outline written as a tree, flattened to the [level, title, key] rows the tests read. */
function outline(parts: OutlinePart[]): SeedMapping['expected'] {
  return parts.flatMap(([title, key, children = []]): SeedMapping['expected'] => [[1, title, key], ...children.map(([t, k]): [2, string, string | null] => [2, t, k])]);
}

export const SEEDS: SeedMapping[] = [
  {
    // A 2023 report still using the 2015 wording for six areas, plus the 2021 area 突发事件:
    // every heading has its counterpart among the eight current areas.
    template: 'township',
    areaSet: 'outline2021',
    expected: outline([
      ['工作开展情况', 'achievements', [
        ['依法全面履行政府职能', 'achievements.functions'],
        ['完善依法行政制度体系', 'achievements.rules'],
        ['推进行政决策科学化、民主化、法治化', 'achievements.decisions'],
        ['坚持严格规范公正文明执法', 'achievements.enforcement'],
        ['重大突发事件依法预防处置', 'achievements.emergencies'],
        ['依法调处社会矛盾，维护社会公平正义', 'achievements.disputes'],
        ['强化行政权力运行制约和监督', 'achievements.oversight'],
      ]],
      ['存在问题', 'problems'],
      ['2024年工作计划', 'plans', [
        ['进一步加强党对法治政府建设工作的领导', null],
        ['进一步推进行政执法“三项制度”全面落实', null],
        ['进一步加强社会面法制教育宣传', null],
      ]],
    ]),
  },
  {
    // 2020: the seven areas of the 2015 纲要; (三) is a second heading on decisions (the legal
    // adviser) with no area of its own, so it stays a custom section in place.
    template: 'township',
    areaSet: 'outline2015',
    expected: outline([
      ['工作开展情况', 'achievements', [
        ['依法全面履行政府职能', 'achievements.o2015.functions'],
        ['推进行政决策科学化民主化法治化', 'achievements.o2015.decisions'],
        ['严格依法决策，发挥法律顾问职责作用', null],
        ['坚持严格规范公正文明执法', 'achievements.o2015.enforcement'],
        ['强化对行政权力的制约和监督', 'achievements.o2015.oversight'],
        ['加强矛盾排查工作，化解社会各类矛盾', 'achievements.o2015.disputes'],
        ['全面提高法治思维和依法行政能力', 'achievements.o2015.capacity'],
      ]],
      ['存在的问题', 'problems'],
      ['下一步工作思路', 'plans'],
    ]),
  },
  {
    template: 'township',
    areaSet: 'outline2021',
    expected: outline([
      ['本年度推进法治政府建设的主要举措和成效', 'achievements', [
        ['推进行政机关依法高效履职情况', 'achievements.functions'],
        ['加强依法行政制度建设情况', 'achievements.rules'],
        ['推进依法科学民主决策情况', 'achievements.decisions'],
        ['严格规范公正文明执法情况', 'achievements.enforcement'],
        ['依法应对重大突发事件情况', 'achievements.emergencies'],
        ['依法化解社会矛盾纠纷情况', 'achievements.disputes'],
        ['强化行政权力制约监督情况', 'achievements.oversight'],
        ['打造数字法治政府情况', 'achievements.digital'],
      ]],
      ['主要负责人履行推进法治建设第一责任人职责情况', 'duty'],
      ['存在不足和原因', 'problems'],
      ['下一年度推进法治政府建设的计划安排', 'plans'],
    ]),
  },
  {
    // The unit's own four headings (only the last names a 纲要 area): they become its own areas.
    template: 'township',
    areaSet: 'custom',
    expected: outline([
      ['工作开展情况', 'achievements', [
        ['加强组织领导，强化责任落实', 'achievements.custom#1'],
        ['加强法治工作宣传，强化法治政府建设意识', 'achievements.custom#2'],
        ['全面开展依法治理，助推法治政府建设', 'achievements.custom#3'],
        ['严格规范行政执法，提升群众满意度', 'achievements.custom#4'],
      ]],
      ['工作中存在的问题', 'problems', [
        ['统筹建设法治政府力度不够，办法不多，平台搭建不畅，部门各自为政配合不力，影响依法行政深层次推进', null],
      ]],
    ]),
  },
  {
    template: 'department',
    areaSet: 'department',
    expected: outline([
      ['主要工作举措和成效', 'achievements', [
        ['加强组织领导，健全工作机制', 'achievements.dept.leadership'],
        ['强化学习教育，培养法治思维', 'achievements.dept.study'],
        ['加强法律服务，巩固脱贫成果', 'achievements.dept.legal-service'],
        ['深化普法宣传，凸显工作实效', 'achievements.dept.publicity'],
        ['规范行政行为，提高决策质量', 'achievements.dept.decisions'],
        ['坚持公示公告，强化监督效能', 'achievements.dept.openness'],
        ['加强维稳建设，构建和谐机关', 'achievements.dept.stability'],
      ]],
      ['党政主要负责人履行推进法治建设第一责任人职责', 'duty'],
      ['存在的问题', 'problems'],
      ['下一步工作打算', 'plans', [
        ['强化政治担当，压实法治政府建设责任', null],
        ['加强法治培训，提高干部依法办事能力', null],
        ['加大普法宣传，营造法治机关浓厚氛围', null],
        ['规范行政决策，加大政府信息公开力度', null],
      ]],
    ]),
  },
];

/** What each seed says about itself (empty where the scraped page lost it): the facts import
 *  must recognise, from the table in report-structure.md. */
export interface SeedMeta {
  title: string;
  addressee: string;
  unitName: string;
  year: number;
  signatureName: string;
  signatureDate: string;
}

export const SEED_META: readonly SeedMeta[] = [
  { title: '盘龙彝族乡2023年法治政府建设工作报告', addressee: '', unitName: '盘龙彝族乡', year: 2023, signatureName: '', signatureDate: '' },
  { title: '', addressee: '', unitName: '台山市白沙镇人民政府', year: 2020, signatureName: '台山市白沙镇人民政府', signatureDate: '2020年12月14日' },
  { title: '', addressee: '', unitName: '南通市海门区三星镇人民政府', year: 2024, signatureName: '南通市海门区三星镇人民政府', signatureDate: '2024年12月31日' },
  {
    title: '重庆市武隆区浩口苗族仡佬族乡人民政府关于2020年度法治政府建设情况的报告',
    addressee: '区政府',
    unitName: '重庆市武隆区浩口苗族仡佬族乡人民政府',
    year: 2020,
    signatureName: '',
    signatureDate: '',
  },
  { title: '', addressee: '', unitName: '苍溪县乡村振兴局', year: 2023, signatureName: '苍溪县乡村振兴局', signatureDate: '2023年12月21日' },
];
