import { describe, expect, it } from 'vitest';
import { parseReportText, type ParsedReport } from '../../../shared/import/parseText';
import { SEED_META, type SeedMeta } from '../../helpers/seedMappings';
import { seedParsed, seedReport, seedText, SEED_COUNT } from '../../helpers/seedReports';

interface Expected extends SeedMeta {
  headingStyle: 'standalone' | 'runin';
  /** Level-1 titles, each with its level-2 titles. */
  outline: Array<[string, string[]]>;
  /** Lines that must have been dropped as web debris (prefixes). */
  dropped: string[];
  /** Heading-number repairs: what each repaired line became. */
  repaired: string[];
}

const EXPECTED: Expected[] = [
  {
    ...SEED_META[0]!,
    headingStyle: 'runin',
    outline: [
      ['工作开展情况', [
        '依法全面履行政府职能',
        '完善依法行政制度体系',
        '推进行政决策科学化、民主化、法治化',
        '坚持严格规范公正文明执法',
        '重大突发事件依法预防处置',
        '依法调处社会矛盾，维护社会公平正义',
        '强化行政权力运行制约和监督',
      ]],
      ['存在问题', []],
      ['2024年工作计划', [
        '进一步加强党对法治政府建设工作的领导',
        '进一步推进行政执法“三项制度”全面落实',
        '进一步加强社会面法制教育宣传',
      ]],
    ],
    dropped: ['2023年11月5日 星期天', '发布时间:2024-03-14'],
    repaired: [],
  },
  {
    ...SEED_META[1]!,
    headingStyle: 'standalone',
    outline: [
      ['工作开展情况', [
        '依法全面履行政府职能',
        '推进行政决策科学化民主化法治化',
        '严格依法决策，发挥法律顾问职责作用',
        '坚持严格规范公正文明执法',
        '强化对行政权力的制约和监督',
        '加强矛盾排查工作，化解社会各类矛盾',
        '全面提高法治思维和依法行政能力',
      ]],
      ['存在的问题', []],
      ['下一步工作思路', []],
    ],
    dropped: ['您访问的链接即将离开', '继续访问放弃', '发布机构:', '凡本网注明', '联系方式:0750'],
    repaired: [],
  },
  {
    ...SEED_META[2]!,
    headingStyle: 'standalone',
    outline: [
      ['本年度推进法治政府建设的主要举措和成效', [
        '推进行政机关依法高效履职情况',
        '加强依法行政制度建设情况',
        '推进依法科学民主决策情况',
        '严格规范公正文明执法情况',
        '依法应对重大突发事件情况',
        '依法化解社会矛盾纠纷情况',
        '强化行政权力制约监督情况',
        '打造数字法治政府情况',
      ]],
      ['主要负责人履行推进法治建设第一责任人职责情况', []],
      ['存在不足和原因', []],
      ['下一年度推进法治政府建设的计划安排', []],
    ],
    dropped: [],
    repaired: [],
  },
  {
    ...SEED_META[3]!,
    headingStyle: 'standalone',
    outline: [
      ['工作开展情况', [
        '加强组织领导，强化责任落实',
        '加强法治工作宣传，强化法治政府建设意识',
        '全面开展依法治理，助推法治政府建设',
        '严格规范行政执法，提升群众满意度',
      ]],
      ['工作中存在的问题', [
        '统筹建设法治政府力度不够，办法不多，平台搭建不畅，部门各自为政配合不力，影响依法行政深层次推进',
      ]],
    ],
    dropped: ['日期:2021-06-07', '字体:【 默认 超大', '分享:', '版权所有:', '网站标识码:'],
    repaired: ['（三）全面开展依法治理，助推法治政府建设', '（四）严格规范行政执法，提升群众满意度'],
  },
  {
    ...SEED_META[4]!,
    headingStyle: 'runin',
    outline: [
      ['主要工作举措和成效', [
        '加强组织领导，健全工作机制',
        '强化学习教育，培养法治思维',
        '加强法律服务，巩固脱贫成果',
        '深化普法宣传，凸显工作实效',
        '规范行政行为，提高决策质量',
        '坚持公示公告，强化监督效能',
        '加强维稳建设，构建和谐机关',
      ]],
      ['党政主要负责人履行推进法治建设第一责任人职责', []],
      ['存在的问题', []],
      ['下一步工作打算', [
        '强化政治担当，压实法治政府建设责任',
        '加强法治培训，提高干部依法办事能力',
        '加大普法宣传，营造法治机关浓厚氛围',
        '规范行政决策，加大政府信息公开力度',
      ]],
    ],
    dropped: [],
    repaired: [],
  },
];

/** Letters and digits only: punctuation (half- or full-width) and whitespace removed. */
function bare(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Everything the parse kept, in document order, numbering included. */
function outputStream(p: ParsedReport): string {
  const parts = [p.title, p.addressee, p.opening];
  for (const s of p.sections) {
    parts.push(s.numbering, s.title, s.body);
    for (const c of s.children) parts.push(c.numbering, c.title, c.body);
  }
  parts.push(p.closing, p.signatureName, p.signatureDate);
  return bare(parts.join(''));
}

function isSubsequence(needle: string, hay: string): { ok: boolean; at: number } {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < hay.length && hay[j] !== needle[i]) j++;
    if (j === hay.length) return { ok: false, at: i };
    j++;
  }
  return { ok: true, at: needle.length };
}

describe('parseReportText on the seed reports', () => {
  it('has the five seeds', () => {
    expect(EXPECTED).toHaveLength(SEED_COUNT);
  });

  EXPECTED.forEach((exp, i) => {
    describe(`seed ${i}`, () => {
      const p = seedParsed(i);

      it('recognises title, 主送机关, unit, year, signature and heading style', () => {
        expect(p.title).toBe(exp.title);
        expect(p.addressee).toBe(exp.addressee);
        expect(p.unitName).toBe(exp.unitName);
        expect(p.year).toBe(exp.year);
        expect(p.signatureName).toBe(exp.signatureName);
        expect(p.signatureDate).toBe(exp.signatureDate);
        expect(p.headingStyle).toBe(exp.headingStyle);
      });

      it('recognises every level-1 and level-2 heading', () => {
        const outline = p.sections.map((s) => [s.title, s.children.map((c) => c.title)]);
        expect(outline).toEqual(exp.outline);
        p.sections.forEach((s, k) => {
          expect(s.level).toBe(1);
          expect(s.numbering).toBe(`${'一二三四五'[k]}、`);
          s.children.forEach((c, n) => {
            expect(c.level).toBe(2);
            expect(c.numbering).toBe(`（${'一二三四五六七八'[n]}）`);
            expect(c.children).toEqual([]);
          });
        });
      });

      it('drops the web debris and nothing else', () => {
        expect(p.dropped).toHaveLength(exp.dropped.length);
        exp.dropped.forEach((prefix, k) => expect(p.dropped[k]!.startsWith(prefix)).toBe(true));
        const stream = outputStream(p);
        for (const junk of ['发布时间', '阅读次数', '字体', '版权', 'ICP备', '生成日期', '星期天']) {
          expect(stream).not.toContain(junk);
        }
      });

      it('keeps every other character of the source, in order', () => {
        const raw = seedText(i).split(/\r?\n/).map((l) => l.trim());
        const droppedSet = new Set(p.dropped);
        const source = bare(raw.filter((l) => !droppedSet.has(l)).join(''));
        const out = outputStream(p);
        const sub = isSubsequence(source, out);
        expect(sub.ok, `lost text near 「${source.slice(sub.at, sub.at + 20)}」`).toBe(true);
        // The only characters added are the numerals of repaired heading numbers.
        const inserted = p.repairs
          .filter((r) => r.kind === 'heading-number')
          .reduce((n, r) => n + bare(r.result).length - bare(r.source).length, 0);
        expect(out.length).toBe(source.length + inserted);
      });

      it('repairs only the heading numbers that context makes certain', () => {
        expect(p.repairs.filter((r) => r.kind === 'heading-number').map((r) => r.result)).toEqual(exp.repaired);
      });

      it('turns half-width punctuation in Chinese text full-width', () => {
        expect(p.punctuationFixes).toBeGreaterThan(0);
        const text = [p.opening, ...p.sections.flatMap((s) => [s.title, s.body, ...s.children.flatMap((c) => [c.title, c.body])])].join('\n');
        expect(text).not.toMatch(/[\p{Script=Han}][,:;()]|[,:;()][\p{Script=Han}]/u);
      });
    });
  });

  it('moves the run-in heading text into the body of seed 000 (一)', () => {
    const first = seedParsed(0).sections[0]!.children[0]!;
    expect(first.runIn).toBe(true);
    expect(first.body.startsWith('一是切实履行推进法治建设第一责任人职责')).toBe(true);
  });

  it('ends a run-in heading at a colon before its first stop (held-out page: 券桥镇, 2022)', () => {
    const p = parseReportText(
      [
        '一、2022年度法治政府建设成效显著:',
        '(一)依法履行政府职能,科学开展民主决策:我镇坚持以服务型政府为主导,及时转变政府职能。',
        '(二)强化行政权力监督,规范行政文件管理:1、自觉接受监督。主动向镇党委报告法治政府建设工作中的重大问题。',
        '(三)关于“放管服”改革',
        '全面推行政府法律顾问制度:建立专业法律顾问队伍。',
      ].join('\n'),
    );
    const part = p.sections[0]!;
    expect(part.title).toBe('2022年度法治政府建设成效显著');
    expect(part.children.map((c) => [c.title, c.body])).toEqual([
      ['依法履行政府职能，科学开展民主决策', '我镇坚持以服务型政府为主导，及时转变政府职能。'],
      ['强化行政权力监督，规范行政文件管理', '1、自觉接受监督。主动向镇党委报告法治政府建设工作中的重大问题。'],
      ['关于“放管服”改革', '全面推行政府法律顾问制度：建立专业法律顾问队伍。'],
    ]);
  });

  it('keeps level-3 and level-4 headings inside the body as their own lines', () => {
    const emergency = seedParsed(0).sections[0]!.children[4]!;
    const lines = emergency.body.split('\n');
    expect(lines.map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '（1', '（2', '3.', '4.']);
    const lawFirm = seedParsed(1).sections[0]!.children[0]!.body.split('\n');
    expect(lawFirm[0]).toBe('1、强化规范性文件清理。');
    expect(lawFirm).toHaveLength(10);
  });
});

describe('parseReportText on constructed text', () => {
  it('joins a title split over two lines and reads 特此报告 and a Chinese-numeral date', () => {
    const p = parseReportText(
      [
        'XX县XX镇人民政府关于',
        '2024年度法治政府建设情况的报告',
        'XX县人民政府：',
        '2024年，我镇在县委、县政府的领导下……现将有关情况报告如下：',
        '一、主要举措和成效',
        '（一）依法全面履行政府职能。一是…；二是…。',
        '（二）完善依法行政制度体系。一是…。',
        '二、存在的不足和原因',
        '一是…。二是…。',
        '特此报告。',
        'XX县XX镇人民政府',
        '二〇二五年一月五日',
      ].join('\n'),
    );
    expect(p.title).toBe('XX县XX镇人民政府关于2024年度法治政府建设情况的报告');
    expect(p.addressee).toBe('XX县人民政府');
    expect(p.unitName).toBe('XX县XX镇人民政府');
    expect(p.year).toBe(2024);
    expect(p.closing).toBe('特此报告。');
    expect(p.signatureName).toBe('XX县XX镇人民政府');
    expect(p.signatureDate).toBe('2025年1月5日');
    expect(p.headingStyle).toBe('runin');
    expect(p.sections[1]!.body).toBe('一是…。二是…。');
    expect(p.repairs.map((r) => r.kind)).toEqual(['date']);
  });

  it('normalises a zero-padded date and takes the year from it when nothing else says', () => {
    const p = parseReportText('一、工作开展情况\n（一）依法履职\n正文。\nXX局\n2024年01月08日');
    expect(p.signatureDate).toBe('2024年1月8日');
    expect(p.year).toBe(2023);
    expect(p.unitName).toBe('XX局');
  });

  it('does not repair a lost number without a preceding level-2 heading', () => {
    const p = parseReportText('一、工作开展情况\n正文第一段。\n)全面开展依法治理');
    expect(p.sections[0]!.children).toEqual([]);
    expect(p.sections[0]!.body).toBe('正文第一段。\n）全面开展依法治理');
    expect(p.repairs).toEqual([]);
  });

  it('does not take 「一是」 or numbered paragraphs for headings', () => {
    const p = parseReportText('一、存在问题\n一是意识不强。\n1、能力不足。\n(1)培训不够。');
    expect(p.sections).toHaveLength(1);
    expect(p.sections[0]!.body.split('\n')).toEqual(['一是意识不强。', '1、能力不足。', '（1）培训不够。']);
  });

  it('keeps a body paragraph mentioning a website at the end', () => {
    const p = parseReportText('一、工作开展情况\n在政府网站公开信息120条，本网站访问量持续增加。');
    expect(p.dropped).toEqual([]);
    expect(p.sections[0]!.body).toContain('本网站访问量');
  });
});

describe('seedReport', () => {
  it('builds a flat section list with parents, positions and levels', () => {
    const r = seedReport(4);
    expect(r.unit.kind).toBe('department');
    expect(r.unit.fullName).toBe('苍溪县乡村振兴局');
    expect(r.headingStyle).toBe('runin');
    const top = r.sections.filter((s) => s.parentId === null);
    expect(top.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    const plan = top[3]!;
    const children = r.sections.filter((s) => s.parentId === plan.id);
    expect(children.map((s) => [s.level, s.position])).toEqual([[2, 0], [2, 1], [2, 2], [2, 3]]);
    expect(new Set(r.sections.map((s) => s.id)).size).toBe(r.sections.length);
    for (const i of [0, 1, 2, 3]) expect(seedReport(i).unit.kind).toBe('township');
    expect(seedReport(2).unit.shortName).toBe('三星镇');
    expect(seedReport(3).unit.shortName).toBe('浩口苗族仡佬族乡');
  });
});

describe('parseReportText on Word-like text', () => {
  /** The parsed report written out as a Word file's text would read: full-width, blank lines. */
  function render(p: ParsedReport): string {
    const out = [p.title, p.addressee ? `${p.addressee}：` : '', p.opening];
    for (const s of p.sections) {
      out.push(`${s.numbering}${s.title}`, s.body);
      for (const c of s.children) {
        if (c.runIn) {
          const [first = '', ...rest] = c.body.split('\n');
          out.push(`${c.numbering}${c.title}。${first}`, ...rest);
        } else {
          out.push(`${c.numbering}${c.title}`, c.body);
        }
      }
    }
    out.push(p.closing, p.signatureName, p.signatureDate);
    return out.filter((l) => l !== '').join('\n\n');
  }

  for (let i = 0; i < SEED_COUNT; i++) {
    it(`seed ${i}: rendering and parsing again gives the same report`, () => {
      const first = seedParsed(i);
      const again = parseReportText(render(first));
      const strip = (p: ParsedReport) => ({ ...p, dropped: [], repairs: [], punctuationFixes: 0 });
      expect(strip(again)).toEqual(strip(first));
      expect(again.dropped).toEqual([]);
      expect(again.punctuationFixes).toBe(0);
    });
  }

  it('reads CRLF line ends, ideographic spaces and a BOM', () => {
    const p = parseReportText('\uFEFF　XX镇2024年法治政府建设工作报告\r\n\r\n一、工作开展情况\r\n　　（一）依法履职。一是…。\r\n');
    expect(p.title).toBe('XX镇2024年法治政府建设工作报告');
    expect(p.unitName).toBe('XX镇');
    expect(p.sections[0]!.children[0]!.title).toBe('依法履职');
    expect(p.sections[0]!.children[0]!.body).toBe('一是…。');
  });
});
