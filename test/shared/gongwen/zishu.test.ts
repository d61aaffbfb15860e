import { describe, expect, it } from 'vitest';
import { charCounter, countChars, reportChars, subtreeChars } from '../../../shared/gongwen/zishu';

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

  it('counts as the whitespace-dropping definition does, on any mix of spaces, surrogates and text', () => {
    // The definition the single pass must keep: drop what /\s/ matches, then a surrogate pair is one.
    const byDefinition = (text: string) => {
      const kept = text.replace(/\s+/g, '');
      let n = kept.length;
      for (let i = 0; i < kept.length - 1; i++) {
        const c = kept.charCodeAt(i);
        const next = kept.charCodeAt(i + 1);
        if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          n -= 1;
          i += 1;
        }
      }
      return n;
    };
    const pieces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e',
      '\ud800', '\udc00', '\udbff', '\udfff', '𬌗', '法', 'a', '1', '，'];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
      expect(countChars(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
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

  it('counts a report again as reportChars does while its sections change, section by section', () => {
    const counter = charCounter();
    let report = { opening: '开头。', closing: '结尾', sections: [{ id: 1, body: '一二三' }, { id: 2, body: '四 五' }] };
    expect(counter.report(report)).toBe(reportChars(report));
    const steps: Array<(r: typeof report) => typeof report> = [
      (r) => ({ ...r, sections: r.sections.map((s) => (s.id === 1 ? { ...s, body: '一二三四' } : s)) }),
      (r) => ({ ...r, sections: [...r.sections, { id: 3, body: '𬌗口乡' }] }),
      (r) => ({ ...r, sections: r.sections.filter((s) => s.id !== 2) }),
      (r) => ({ ...r, opening: '' }),
    ];
    for (const step of steps) {
      report = step(report);
      expect(counter.report(report)).toBe(reportChars(report));
      for (const s of report.sections) expect(counter.section(s)).toBe(countChars(s.body));
    }
    expect(counter.section({ id: 1, body: '改了' })).toBe(2);
  });
});
