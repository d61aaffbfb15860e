import { describe, expect, it } from 'vitest';
import { countChars, reportChars, subtreeChars } from '../../../shared/gongwen/zishu';

describe('字数', () => {
  it('counts everything but whitespace', () => {
    expect(countChars('一、 工作\n情况：1. ok')).toBe(11);
    expect(countChars(' \n\t\u3000\r\n')).toBe(0);
    expect(countChars('')).toBe(0);
  });

  it('counts a character outside the BMP once', () => {
    expect(countChars('𬌗口乡')).toBe(3);
    expect(countChars('𠀀 𠀁')).toBe(2);
  });

  it('adds up a section with everything under it, and a report with its opening and closing', () => {
    const sections = [
      { id: 1, parentId: null, body: '一二三' },
      { id: 2, parentId: 1, body: '四五' },
      { id: 3, parentId: 2, body: '六' },
      { id: 4, parentId: null, body: ' 七 ' },
      // A broken parent cycle is counted once, never forever.
      { id: 5, parentId: 6, body: '八' },
      { id: 6, parentId: 5, body: '九' },
    ];
    const chars = subtreeChars(sections);
    expect([...chars.entries()]).toEqual([[1, 6], [2, 3], [3, 1], [4, 1], [5, 2], [6, 2]]);
    expect(reportChars({ opening: '开头。', closing: '\n结尾', sections })).toBe(9 + 3 + 2);
  });
});
