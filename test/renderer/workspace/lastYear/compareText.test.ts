import { describe, expect, it } from 'vitest';
import { alignParagraphs, compareBodies, diffParagraph, paragraphs } from '../../../../renderer/workspace/lastYear/compareText';

const join = (segs: Array<{ text: string }>) => segs.map((s) => s.text).join('');

describe('compareBodies', () => {
  it('pairs a rewritten paragraph with its old version and marks only what changed', () => {
    const prev = '2024年共开展普法宣传52次，发放资料3000余份。\n成立法治建设领导小组。';
    const cur = '2025年共开展普法宣传61次，发放资料3000余份。\n新增一段关于行政复议的内容。\n成立法治建设领导小组。';
    const rows = compareBodies(prev, cur);
    const pairs = rows.map((r) => [r.previous, r.current]);
    expect(pairs).toHaveLength(3);
    // A paragraph inserted in between does not break the pairing of the ones around it.
    expect(pairs).toContainEqual(['成立法治建设领导小组。', '成立法治建设领导小组。']);
    expect(pairs).toContainEqual(['2024年共开展普法宣传52次，发放资料3000余份。', '2025年共开展普法宣传61次，发放资料3000余份。']);
    expect(pairs).toContainEqual([null, '新增一段关于行政复议的内容。']);
    const changed = rows.find((r) => r.previous?.startsWith('2024'))!;
    expect(join(changed.left)).toBe(changed.previous);
    expect(join(changed.right)).toBe(changed.current);
    expect(changed.left.filter((s) => s.changed).map((s) => s.text)).toEqual(['4', '52']);
    expect(changed.right.filter((s) => s.changed).map((s) => s.text)).toEqual(['5', '61']);
    const same = rows.find((r) => r.previous === '成立法治建设领导小组。')!;
    expect(same.left.every((s) => !s.changed)).toBe(true);
  });

  it('keeps both lists in order and every paragraph exactly once', () => {
    const prev = ['甲乙丙丁戊', '天地玄黄宇宙洪荒', '日月盈昃辰宿列张', '寒来暑往秋收冬藏'];
    const cur = ['天地玄黄宇宙洪荒！', '闰余成岁律吕调阳', '寒来暑往秋收冬藏'];
    const aligned = alignParagraphs(prev, cur);
    expect(aligned.map(([i]) => i).filter((i) => i !== null)).toEqual([0, 1, 2, 3]);
    expect(aligned.map(([, j]) => j).filter((j) => j !== null)).toEqual([0, 1, 2]);
    expect(aligned).toContainEqual([1, 0]);
    expect(aligned).toContainEqual([3, 2]);
  });

  it('joins chance matches of one or two characters into the surrounding change', () => {
    const { left, right } = diffParagraph('加强组织领导的工作', '完善制度建设的机制');
    expect(join(left)).toBe('加强组织领导的工作');
    expect(join(right)).toBe('完善制度建设的机制');
    expect(left.filter((s) => s.changed).map((s) => s.text)).toEqual(['加强组织领导的工作']);
  });

  it('splits paragraphs on lines and ignores blank ones', () => {
    expect(paragraphs('  一\n\n  二 \n')).toEqual(['一', '二']);
    expect(compareBodies('', '')).toEqual([]);
  });
});
