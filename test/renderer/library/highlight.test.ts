import { describe, expect, it } from 'vitest';
import { firstMatch, highlightPieces } from '../../../renderer/library/highlight';

const marked = (text: string, q: string) =>
  highlightPieces(text, q)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('');

describe('highlightPieces', () => {
  it('marks every occurrence of a Chinese query', () => {
    expect(marked('…推行行政执法三项制度，落实三项制度要求…', '三项制度')).toBe('…推行行政执法[三项制度]，落实[三项制度]要求…');
  });

  it('matches Latin letters case-insensitively and keeps the original case', () => {
    expect(marked('建成OA系统和oa平台', 'Oa')).toBe('建成[OA]系统和[oa]平台');
  });

  it('ignores surrounding spaces in the query and leaves text without a match whole', () => {
    expect(marked('法治宣传', ' 宣传 ')).toBe('法治[宣传]');
    expect(highlightPieces('法治宣传', '复议')).toEqual([{ text: '法治宣传', match: false }]);
  });

  it('handles an empty query or text', () => {
    expect(highlightPieces('', '法治')).toEqual([]);
    expect(highlightPieces('法治', '  ')).toEqual([{ text: '法治', match: false }]);
  });

  it('marks adjacent occurrences separately and never overlaps them', () => {
    expect(marked('aaaa', 'aa')).toBe('[aa][aa]');
  });

  it('finds the first occurrence as editor offsets, or none', () => {
    expect(firstMatch('一、推行三项制度。二、三项制度', '三项制度')).toEqual({ from: 4, to: 8 });
    expect(firstMatch('Abc', 'b')).toEqual({ from: 1, to: 2 });
    expect(firstMatch('法治宣传', '复议')).toBeNull();
    expect(firstMatch('法治宣传', '')).toBeNull();
  });
});
