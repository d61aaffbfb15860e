// The top of a report and who wrote it: titles over several lines and below page copies of them,
// the 主送, metadata facts, and the unit — certain or left empty for the user, never guessed.
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../shared/import/header';
import { parseReportText } from '../../../shared/import/parseText';
import { isUnitName, unitAtStart } from '../../../shared/import/unitName';
import { itMaps } from '../../helpers/cases';

describe('readHeader', () => {
  it('takes the document’s own title under the page’s copy of it, and drops the page around it', () => {
    const h = readHeader([
      '开江县交通运输局2023年度法治政府建设年度报告',
      '来源:县交通运输局',
      '发布日期:2024-01-19',
      '点击数:人次',
      '开江县交通运输局',
      '2023年度法治政府建设年度报告',
      '2023年我局交通运输法治建设工作以贯彻落实《工作要点》为主线，按照相关要求，持续做好法规体系建设。',
    ]);
    expect(h.title).toBe('开江县交通运输局2023年度法治政府建设年度报告');
    expect(h.titleLines).toEqual(['开江县交通运输局', '2023年度法治政府建设年度报告']);
    expect(h.bodyStart).toBe(6);
    expect(h.dropped.map((d) => [d.line, d.label])).toEqual([
      ['开江县交通运输局2023年度法治政府建设年度报告', '网页标题'],
      ['来源:县交通运输局', '发布信息'],
      ['发布日期:2024-01-19', '发布信息'],
      ['点击数:人次', '发布信息'],
    ]);
    expect(h.facts).toEqual({ publishers: ['县交通运输局'], dates: [{ kind: 'published', y: 2024, m: 1, d: 19 }] });
  });

  it('joins a joint title over three lines, takes the 主送 after it, and a site’s name above it is no title', () => {
    const h = readHeader([
      '泽州县司法局',
      '中共重庆市江津区四屏镇委员会',
      '重庆市江津区四屏镇人民政府',
      '关于2025年法治政府建设情况的报告',
      '区委,区政府:',
      '2025年，四屏镇党委政府坚持以习近平新时代中国特色社会主义思想为指导，取得了一定成效。',
    ]);
    expect(h.title).toBe('中共重庆市江津区四屏镇委员会重庆市江津区四屏镇人民政府关于2025年法治政府建设情况的报告');
    expect(h.addressee).toBe('区委,区政府');
    expect(h.dropped.map((d) => d.line)).toEqual(['泽州县司法局']);
  });

  it('drops a copy of the title below it, even one cut short (held-out page: 券桥镇, 2022)', () => {
    const h = readHeader([
      '您当前所在位置: 首页 > 乡镇信息公开 > 券桥镇人民政府 > 法定主动公开内容 > 部门信息',
      '券桥镇2022年度法治政府建设工作报告',
      '来源:时间:2023-02-28',
      '分享:',
      '券桥镇2022年度法治政府建设',
      '今年以来，券桥镇法治建设工作坚持以习近平新时代中国特色社会主义思想为指导，现将我镇2022年工作情况报告如下:',
    ]);
    expect(h.title).toBe('券桥镇2022年度法治政府建设工作报告');
    expect(h.kept).toEqual([]);
    expect(h.dropped.map((d) => d.label)).toEqual(['网页导航', '发布信息', '网页按钮', '网页标题']);
    // A short line that happens to begin the title is no copy of it.
    expect(readHeader(['券桥镇2022年度法治政府建设工作报告', '券桥镇', '今年以来，券桥镇法治建设工作坚持以习近平新时代中国特色社会主义思想为指导。']).kept).toEqual(['券桥镇']);
  });

  it('leaves the 发文字号 off a title, and finds no title where the page has none', () => {
    expect(readHeader(['湘潭縣自然資源局2025年度法治政府建設工作報告(潭縣自然資字〔2025〕79號)', '縣委、縣人民政府:', '根據有關文件要求，現將我局法治政府建設工作情況匯報如下:']).title).toBe(
      '湘潭縣自然資源局2025年度法治政府建設工作報告',
    );
    const none = readHeader(['| 索引号 | 6207/2026-00002 | 发文字号 | 肃林草发〔2026〕6号 |', '|---|---|---|---|', '| 关键词 | 发布机构 | 肃南县林草局 | |', '2025年，我局法治政府建设坚持以习近平法治思想为指导，现报告如下:']);
    expect(none.title).toBe('');
    expect(none.facts.publishers).toEqual(['肃南县林草局']);
  });
});

describe('unit names', () => {
  it.each(['桐木漯瑶族乡人民政府', '县司法局', '丹東街道', '元谋县县卫生健康局', '中共将乐县委员会', '海滨街', '酉阳土家族苗族自治县林业局'])('「%s」 is a unit', (name) => {
    expect(isUnitName(name)).toBe(true);
  });

  it.each(['在市委', '坚持', '深入贯彻落实党的十九大精神', '以高质量发展建设共同富裕先行区为引领', '街道', '我镇政府', '县委', '本网', '通知公告柳城县'])('「%s」 is not', (name) => {
    expect(isUnitName(name)).toBe(false);
  });

  itMaps('reads the unit at the start of a phrase and stops at what follows it', unitAtStart, [
    ['中都街道领导班子始终以习近平法治思想为统领', '中都街道'],
    ['中村乡法治政府建设工作在市委', '中村乡'],
    ['城口县鸡鸣乡人民政府2025年', '城口县鸡鸣乡人民政府'],
    ['宅梧鎮（zhèn）在市委', '宅梧鎮'],
    ['我局坚持', null],
  ]);
});

describe('who wrote it, and about which year', () => {
  const parse = (...lines: string[]) => parseReportText(lines.join('\n'));

  it('takes the unit from the title, then the 署名, then the opening and the metadata together', () => {
    expect(parse('盘龙彝族乡2023年法治政府建设工作报告', '一、工作开展情况', '正文。').unitName).toBe('盘龙彝族乡');
    expect(parse('关于2023年度法治政府建设情况的报告', '一、工作', '正文。', 'XX县XX镇人民政府', '2023年12月1日').unitName).toBe('XX县XX镇人民政府');
    const meta = parse('- 发布机构: 古镛镇人民政府', '2024年，古镛镇法治政府建设工作在县委、县政府的有力指导下，围绕工作要点推进。');
    expect(meta.unitName).toBe('古镛镇人民政府');
    expect(parse('2025年以来，在雷州市委、市政府的坚强领导下，在镇党委的监督支持下，我镇政府以习近平新时代中国特色社会主义思想为指导。').unitName).toBe('');
    expect(parse('根据《法治政府建设实施纲要（2015-2020年）》等要求，现将庆隆镇2020年度法治政府建设情况报告如下：').unitName).toBe('庆隆镇');
  });

  it('leaves the unit empty rather than guess, and still tells the kind from how the text speaks', () => {
    const p = parse('为进一步加强法治政府建设，2021年来，街道按照《实施方案》的要求，围绕总目标推进。现将2021年工作情况报告如下。', '一、主要举措和成效', '街道建立重大法治案件事前介入机制。');
    expect(p.unitName).toBe('');
    expect(p.unitKind).toBe('township');
    expect(parse('2022年，我局全面贯彻习近平法治思想，认真落实各项要求，现将本年度情况报告如下：').unitKind).toBe('department');
  });

  it('reads the year from a page dated in the first months of the next year, or from part one’s heading', () => {
    expect(parse('| 生成日期 | 2026-01-16 18:00:00 | 是否有效 |', '我局法治政府建设坚持以习近平法治思想为指导，统筹推进各项工作，现报告如下:').year).toBe(2025);
    expect(parse('一、2025年主要工作及成效', '（一）纵深推进学习', '建立三级学习体系。').year).toBe(2025);
  });
});
