import { describe, expect, it } from 'vitest';
import { splitPastedReport } from '../../../shared/import/pasteSplit';

describe('splitPastedReport', () => {
  it('finds the parts of a pasted report, its （一） headings under them, and keeps the lead where it was', () => {
    const text = [
      '2024年，我镇坚持以习近平法治思想为指导。现报告如下：',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '（一）依法全面履行政府职能。深化“放管服”改革。',
      '全年办理事项1200件。',
      '（二）推进严格规范公正文明执法',
      '开展执法培训3次。',
      '二、存在的不足和原因',
      '法治宣传形式单一。',
    ].join('\n');
    const split = splitPastedReport(text)!;
    expect(split.start).toBe(text.indexOf('一、'));
    expect(split.level).toBe(1);
    expect(split.headings).toBe(4);
    expect(split.parts).toEqual([
      {
        title: '2024年度推进法治政府建设的主要举措和成效',
        body: '',
        children: [
          { title: '依法全面履行政府职能', body: '深化“放管服”改革。\n全年办理事项1200件。', children: [] },
          { title: '推进严格规范公正文明执法', body: '开展执法培训3次。', children: [] },
        ],
      },
      { title: '存在的不足和原因', body: '法治宣传形式单一。', children: [] },
    ]);
  });

  it('takes （一） headings as the parts when there is no 「一、」', () => {
    const split = splitPastedReport('（一）加强组织领导\n成立领导小组。\n（二）强化学法用法\n开展学法4次。')!;
    expect(split.level).toBe(2);
    expect(split.parts.map((p) => [p.title, p.body])).toEqual([
      ['加强组织领导', '成立领导小组。'],
      ['强化学法用法', '开展学法4次。'],
    ]);
  });

  it('offers nothing for one heading, for 一是/二是 lists or for plain paragraphs', () => {
    expect(splitPastedReport('（一）加强组织领导\n成立领导小组。')).toBeNull();
    expect(splitPastedReport('一是加强学习。二是强化培训。\n三是完善制度。')).toBeNull();
    expect(splitPastedReport('今年以来，我局深入学习。\n全年开展培训5次。')).toBeNull();
  });
});
