import { describe, expect, it } from 'vitest';
import { paginate } from '../../../../shared/export/layout/layout';

const para = (lines: number, keepNext = false) => ({ lines: Array.from({ length: lines }), keepNext });
const firstPageOf = (pages: ReturnType<typeof paginate>, block: number) => pages.find((p) => p.lines.some((l) => l.block === block))?.number;

describe('paginate', () => {
  it('sets 22 lines a page and carries a paragraph over', () => {
    const pages = paginate([para(20), para(5)]);
    expect(pages.map((p) => p.lines.length)).toEqual([22, 3]);
  });

  it('moves a heading that would end a page to the next one', () => {
    const pages = paginate([para(21), para(1, true), para(4)]);
    expect(pages.map((p) => p.lines.length)).toEqual([21, 5]);
    expect(firstPageOf(pages, 1)).toBe(2);
  });

  it('moves a chain of headings as a whole, and a two-line heading that would be split', () => {
    const chain = paginate([para(19), para(1, true), para(1, true), para(1, true), para(3)]);
    expect(firstPageOf(chain, 1)).toBe(2);
    expect(chain[0]?.lines).toHaveLength(19);
    // Measured in LibreOffice: 二、 and a two-line （一） whose second line falls on the next page.
    const split = paginate([para(20), para(1, true), para(2, true), para(3)]);
    expect(firstPageOf(split, 1)).toBe(2);
  });

  it('does not move a chain that already starts its page', () => {
    const pages = paginate([para(22), para(12, true), para(12, true), para(2)]);
    expect(pages.map((p) => p.lines.length)).toEqual([22, 22, 4]);
  });

  it('starts a kept paragraph on the page where its next starts, even when it would fit across', () => {
    const pages = paginate([para(20), para(4, true), para(1)]);
    expect(pages.map((p) => p.lines.length)).toEqual([20, 5]);
  });
});
