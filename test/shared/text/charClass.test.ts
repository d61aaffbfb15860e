import { describe, expect, it } from 'vitest';
import { isCjkChar, isDigit, isHanChar, isLatinLetter } from '../../../shared/text/charClass';

describe('character classes', () => {
  // Han characters against Chinese marks, and CJK (Han, Chinese marks, full-width forms) against the rest.
  it.each<[string | undefined, boolean, boolean]>([
    ['法', true, true],
    ['㐀', true, true],
    // A character outside the BMP (𬌗) counts by its high surrogate.
    ['𬌗', true, true],
    ['，', false, true],
    ['“', false, true],
    ['…', false, true],
    ['Ａ', false, true],
    ['a', false, false],
    [',', false, false],
    ['', false, false],
    [undefined, false, false],
  ])('「%s」: Han %s, CJK %s', (char, han, cjk) => {
    expect(isHanChar(char)).toBe(han);
    expect(isCjkChar(char)).toBe(cjk);
  });

  it('knows ASCII digits and Latin letters only', () => {
    expect(['0', '9', '５', 'a'].map(isDigit)).toEqual([true, true, false, false]);
    expect(['a', 'Z', 'é', '1', undefined].map(isLatinLetter)).toEqual([true, true, false, false, false]);
  });
});
