import { describe, expect, it } from 'vitest';
import { compareVersions, isChanged } from '../../../shared/versions/compare';
import { reportChars } from '../../../shared/gongwen/zishu';
import { textKey, type VersionContent, type VersionSection } from '../../../shared/versions/content';

function section(id: number, parentId: number | null, position: number, title: string, body = ''): VersionSection {
  return { id, parentId, position, level: parentId === null ? 1 : 2, templateKey: null, title, body, status: 'draft', notApplicable: null, checkedPoints: [], required: false };
}

const base: VersionContent = {
  title: '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告',
  addressee: '石林彝族自治县人民政府：',
  opening: '2025年，我乡坚持以习近平法治思想为指导。',
  closing: '',
  signatureName: '盘龙彝族乡人民政府',
  signatureDate: '2025年12月20日',
  headingStyle: 'standalone',
  sections: [
    section(1, null, 0, '主要举措和成效'),
    section(2, 1, 0, '依法全面履行政府职能', '推行权责清单制度。'),
    section(3, 1, 1, '严格规范公正文明执法', '开展执法培训3期。'),
    section(4, 1, 2, '依法化解社会矛盾纠纷', '调解纠纷120起。'),
    section(5, null, 1, '存在的不足和原因', '法治宣传覆盖面不够。'),
    section(6, null, 2, '下一年度主要安排', '继续推进。'),
  ],
};

const edit = (c: VersionContent, f: (sections: VersionSection[]) => VersionSection[], head: Partial<VersionContent> = {}): VersionContent => ({
  ...c,
  ...head,
  sections: f(c.sections.map((s) => ({ ...s }))),
});

describe('compareVersions', () => {
  it('finds nothing between equal states', () => {
    const diff = compareVersions(base, structuredClone(base));
    expect(diff.head).toEqual([]);
    expect(diff.sections.filter(isChanged)).toEqual([]);
    expect(diff.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0 });
    expect(diff.sections.map((c) => c.prefixAfter)).toEqual(['一、', '（一）', '（二）', '（三）', '二、', '三、']);
  });

  it('tells added, removed, changed and retitled sections apart, removed ones where they were', () => {
    const after = edit(
      base,
      (list) => {
        list[1]!.body = '推行权责清单制度，公布事项312项。';
        list[4]!.title = '存在的问题和不足';
        const kept = list.filter((s) => s.id !== 3);
        kept.splice(3, 0, section(9, 1, 2, '强化行政权力制约监督', '开展专项监督2次。'));
        return kept;
      },
      { opening: '2025年，我乡坚持以习近平法治思想为指导，深入推进依法行政。' },
    );
    const diff = compareVersions(base, after);
    expect(diff.head.map((h) => h.label)).toEqual(['开头段落']);
    const changed = diff.sections.filter(isChanged).map((c) => [c.id, c.added, c.removed, c.moved, c.retitled, c.textChanged]);
    expect(changed).toEqual([
      [2, false, false, false, false, true],
      [3, false, true, false, false, false],
      [9, true, false, false, false, false],
      [5, false, false, false, true, false],
    ]);
    expect(diff.counts).toEqual({ added: 1, removed: 1, moved: 0, changed: 2 });
    // The removed section keeps its old number; the others show the new one.
    expect(diff.sections.find((c) => c.id === 3)).toMatchObject({ prefixBefore: '（二）', prefixAfter: '' });
    expect(diff.sections.find((c) => c.id === 4)).toMatchObject({ prefixBefore: '（三）', prefixAfter: '（二）' });
  });

  it('a part moved down is the one moved: not its children, not the parts it passed', () => {
    const after = edit(base, (list) => {
      list[0]!.position = 1;
      list[4]!.position = 0;
      return [list[4]!, list[0]!, list[1]!, list[2]!, list[3]!, list[5]!];
    });
    const diff = compareVersions(base, after);
    expect(diff.sections.filter(isChanged).map((c) => c.id)).toHaveLength(1);
    expect(diff.counts.moved).toBe(1);
    // Under another parent is a move too, whatever the order.
    const reparented = edit(base, (list) => {
      list[3]!.parentId = 5;
      return [list[0]!, list[1]!, list[2]!, list[4]!, list[3]!, list[5]!];
    });
    expect(compareVersions(base, reparented).sections.filter(isChanged).map((c) => [c.id, c.moved])).toEqual([[4, true]]);
  });

  it('the text key ignores workflow state but not text or structure; 字数 skips whitespace', () => {
    const ticked = edit(base, (list) => list.map((s) => ({ ...s, status: 'done' as const, checkedPoints: ['p1'] })));
    expect(textKey(ticked)).toBe(textKey(base));
    expect(textKey(edit(base, (list) => list.slice(0, 5)))).not.toBe(textKey(base));
    expect(textKey(edit(base, (l) => l, { signatureDate: '' }))).not.toBe(textKey(base));
    expect(reportChars({ opening: 'a b', closing: '', sections: [section(1, null, 0, 't', '甲\n乙 丙')] })).toBe(5);
  });
});
