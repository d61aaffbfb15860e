// Hand-built reports for the exporter tests: a typical township report and the edge cases the
// issue names (empty section, 3-line title, 30-字 unit name, 5,000-字 section, Latin-only text).
import type { HeadingStyle, Report, Section } from '../../../../shared/types';

const T = '2025-01-01T00:00:00.000Z';

/** Plain sentences of the kind these reports are made of; digits and quotes included. */
const SENTENCES = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。',
  '严格落实党政主要负责人履行推进法治建设第一责任人职责，将法治建设纳入年度工作要点。',
  '全年共召开党委会专题研究法治政府建设工作4次，解决重点难点问题12个。',
  '按照"谁执法谁普法"的要求，组织开展法律进农村、进社区、进学校活动26场次。',
  '持续推进行政执法公示、执法全过程记录、重大执法决定法制审核三项制度。',
  '全乡共有行政执法人员53人，持证率达到100%，执法案卷评查合格率为96.5%。',
  '健全矛盾纠纷多元化解机制，排查化解各类矛盾纠纷218件，调解成功率达98%。',
  '深化政务公开，通过政府网站和政务新媒体主动公开政府信息1,326条。',
  '加强重大行政决策合法性审查，聘请法律顾问为重大决策事项提供法律意见。',
  '扎实开展学法用法活动，领导干部集中学法6次，参加网上学法考试合格率100%。',
];

/** Chinese running text of at least `chars` 字, always the same for the same arguments. */
export function chineseText(chars: number, offset = 0): string {
  let text = '';
  for (let i = offset; text.length < chars; i++) text += SENTENCES[i % SENTENCES.length];
  return text;
}

let nextSectionId = 1;

export function section(fields: Partial<Section> & { title: string }): Section {
  return {
    id: nextSectionId++,
    reportId: 1,
    parentId: null,
    position: 0,
    level: 1,
    templateKey: null,
    body: '',
    status: 'draft',
    notApplicable: null,
    checkedPoints: [],
    required: false,
    updatedAt: T,
    ...fields,
  };
}

interface Tree {
  title: string;
  body?: string;
  notApplicable?: string | null;
  children?: Tree[];
}

/** Sections from a nested outline, with parentId/position/level as the database keeps them. */
export function sectionsFrom(tree: Tree[]): Section[] {
  const out: Section[] = [];
  const add = (node: Tree, parentId: number | null, position: number, level: number) => {
    const s = section({ title: node.title, body: node.body ?? '', notApplicable: node.notApplicable ?? null, parentId, position, level });
    out.push(s);
    node.children?.forEach((child, i) => add(child, s.id, i, level + 1));
  };
  tree.forEach((node, i) => add(node, null, i, 1));
  return out;
}

export function makeReport(fields: Partial<Report> = {}): Report {
  const unit = {
    id: 1,
    fullName: '云南省文山州砚山县盘龙彝族乡人民政府',
    shortName: '盘龙乡',
    kind: 'township' as const,
    superior: '砚山县人民政府',
    signatureName: '砚山县盘龙彝族乡人民政府',
    ...fields.unit,
  };
  return {
    id: 1,
    unitId: 1,
    year: 2024,
    title: '砚山县盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告',
    addressee: '砚山县人民政府',
    opening:
      '2024年，盘龙乡在县委、县人民政府的正确领导下，坚持以习近平法治思想为指导，严格依法履行法定职责，扎实推进法治政府建设各项任务。现将2024年度法治政府建设工作情况报告如下:',
    closing: '特此报告。',
    signatureName: '砚山县盘龙彝族乡人民政府',
    signatureDate: '2024年12月08日',
    templateId: 'township',
    templateVersion: 1,
    basedOn: null,
    headingStyle: 'standalone' as HeadingStyle,
    createdAt: T,
    updatedAt: T,
    sections: [],
    ...fields,
    unit,
  };
}

/** A typical report: four parts, level-2 headings, 「1.」 and 「（1）」 lines, a 「无此项」 part. */
export function typicalReport(fields: Partial<Report> = {}): Report {
  return makeReport({
    sections: sectionsFrom([
      {
        title: '一、2024年度推进法治政府建设的主要举措和成效',
        children: [
          { title: '（一）加强组织领导', body: `${chineseText(180)}\n${chineseText(120, 3)}` },
          {
            title: '依法全面履行政府职能。',
            body: `${chineseText(100, 5)}\n1、加强执法队伍建设。${chineseText(90, 2)}\n2.规范执法行为\n(1)开展执法培训:${chineseText(60, 7)}\n（2）推行“三项制度”。`,
          },
          { title: '健全依法决策机制', body: chineseText(260, 8) },
        ],
      },
      { title: '存在的不足和原因', body: chineseText(150, 4) },
      { title: '党政主要负责人履行推进法治建设第一责任人职责情况', body: chineseText(200, 1) },
      { title: '其他需要报告的情况', notApplicable: '本年度无其他需要报告的情况' },
      { title: '2025年工作安排', body: `${chineseText(160, 6)}\n${chineseText(140, 9)}` },
    ]),
    ...fields,
  });
}

const UNIT_30 = '云南省文山壮族苗族自治州砚山县盘龙彝族乡人民政府党政综合办公室'.slice(0, 30);
export const LONG_TITLE = '中共盘龙乡委员会盘龙乡人民政府关于2024年度法治政府建设和党政主要负责人履行推进法治建设第一责任人职责情况的报告';
const LATIN = Array.from({ length: 12 }, (_, i) => `Item ${i + 1}: the county reviewed administrative enforcement files and published results online at https://example.gov/report-${i}.`).join(' ');

/** The edge reports of the export tests, by name; `sealed` ones export with 加盖印章. */
export function edgeReports() {
  const edges = {
    emptyParts: {
      report: makeReport({ sections: sectionsFrom([{ title: '空白部分' }, { title: '有内容的部分', body: chineseText(60) }, { title: '空的上级', children: [{ title: '空的下级' }] }]) }),
      sealed: false,
    },
    threeLineTitle: { report: makeReport({ title: LONG_TITLE, sections: sectionsFrom([{ title: '甲', body: chineseText(100) }]) }), sealed: false },
    long5000: { report: makeReport({ sections: sectionsFrom([{ title: '长段落', body: chineseText(5000) }]) }), sealed: false },
    sealed: { report: typicalReport(), sealed: true },
    unit30: {
      report: makeReport({
        title: `${UNIT_30}关于2024年度法治政府建设情况的报告`,
        signatureName: UNIT_30,
        unit: { ...makeReport().unit, fullName: UNIT_30 },
        sections: sectionsFrom([{ title: '甲', body: chineseText(100) }]),
      }),
      sealed: false,
    },
    latinOnly: { report: makeReport({ sections: sectionsFrom([{ title: 'Summary', body: LATIN }]) }), sealed: false },
  } satisfies Record<string, { report: Report; sealed: boolean }>;
  return edges;
}

/**
 * Text that breaks careless exporters: control characters (not allowed in XML), a lone
 * surrogate, a 20,000-字 paragraph, emoji with joiners and skin tones, CJK extension-B
 * characters, 《》 and quotes at the edges of runs, XML's own special characters, and a unit
 * name of 100 字.
 */
export function hostileReports(): Record<string, Report> {
  const unit100 = '某'.repeat(40) + '自治州' + '某'.repeat(40) + '县人民政府办公室法制科规范性文件审查股';
  return {
    controls: makeReport({
      title: '控制\u0001字符\u0007的\u000b报告\u001f',
      opening: '开头\u0000有\u0008控制字符\ufffe和\uffff非字符，以及孤立代理\ud800项。',
      sections: sectionsFrom([{ title: '第\u0003一部分', body: '正文\u001b[31m带终端转义\u0007。\r\n第二行\u0085下一行\u2028行分隔\u2029段分隔。' }]),
    }),
    longParagraph: makeReport({ sections: sectionsFrom([{ title: '长段', body: chineseText(20000) }]) }),
    emoji: makeReport({
      title: '😀年度报告👍🏽',
      sections: sectionsFrom([{ title: '表情👨‍👩‍👧', body: '群众满意😊👍🏽，家庭👨‍👩‍👧‍👦参与，国旗🇨🇳，变体符号☎️。'.repeat(20) }]),
    }),
    extensionB: makeReport({
      unit: { ...makeReport().unit, fullName: '𠀀𪚥乡人民政府', shortName: '𠀀乡' },
      signatureName: '𠀀𪚥乡人民政府',
      sections: sectionsFrom([{ title: '𠀀𪚥部分', body: '𠀀𠀁𠀂𪚥𫝀𬺰𰀀字在一行的开头和结尾𠀀。'.repeat(30) }]),
    }),
    runEdges: makeReport({
      title: '《关于〈法治政府建设实施纲要〉的报告》',
      headingStyle: 'runin',
      sections: sectionsFrom([
        {
          title: '“三项制度”',
          children: [{ title: '《条例》落实', body: '“谁执法谁普法”。\n《中华人民共和国行政处罚法》\n1.“一是”\n（1）《办法》' }],
        },
      ]),
    }),
    xmlSpecials: makeReport({
      title: 'A&B <报告> "引号" \'单引号\' ]]> &amp;',
      sections: sectionsFrom([{ title: '<script>alert(1)</script>', body: '<w:p>伪造段落</w:p> & &lt; ]]> <![CDATA[x]]>' }]),
    }),
    longUnit: makeReport({
      unit: { ...makeReport().unit, fullName: unit100, shortName: unit100.slice(0, 50) },
      title: `${unit100}关于2024年度法治政府建设情况的报告`,
      addressee: unit100,
      signatureName: unit100,
      sections: sectionsFrom([{ title: '甲', body: chineseText(200) }]),
    }),
  };
}
