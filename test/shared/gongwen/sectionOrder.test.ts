import { describe, expect, it } from 'vitest';
import { documentOrder, numberOutline } from '../../../shared/gongwen/sectionOrder';

const node = (id: number, parentId: number | null, position: number) => ({ id, parentId, position });

describe('section order', () => {
  it('reads depth first, siblings by position, and numbers each by its place', () => {
    const nodes = [node(5, 2, 0), node(2, null, 1), node(1, null, 0), node(3, 2, 1), node(4, 3, 0), node(6, 4, 0), node(7, 2, 1)];
    expect(numberOutline(nodes).map(({ node: n, depth, index, prefix }) => [n.id, depth, index, prefix])).toEqual([
      [1, 0, 1, '一、'],
      [2, 0, 2, '二、'],
      [5, 1, 1, '（一）'],
      // Equal positions: the older section (lower id) first.
      [3, 1, 2, '（二）'],
      [4, 2, 1, '1.'],
      [6, 3, 1, '（1）'],
      [7, 1, 3, '（三）'],
    ]);
  });

  it('loses nothing from broken data', () => {
    // 3's parent is gone, 4 is its own parent, 5 and 6 are each other's parent.
    const nodes = [node(1, null, 0), node(2, 1, 0), node(3, 99, 1), node(4, 4, 2), node(5, 6, 0), node(6, 5, 0)];
    const ordered = numberOutline(nodes);
    expect(ordered.map((e) => [e.node.id, e.prefix])).toEqual([
      [1, '一、'],
      [2, '（一）'],
      [3, '二、'],
      [4, '三、'],
      [5, '四、'],
      [6, '（一）'],
    ]);
    expect(documentOrder(nodes).map((n) => n.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
