import { describe, expect, it } from 'vitest';
import { isCjkChar, isDigit, isHanChar, isLatinLetter } from '../../../shared/text/charClass';

describe('character classes', () => {
  it('tells Han characters from Chinese marks', () => {
    expect(isHanChar('法')).toBe(true);
    expect(isHanChar('㐀')).toBe(true);
    // A character outside the BMP (𬌗) counts by its high surrogate.
    expect(isHanChar('𬌗')).toBe(true);
    expect(isHanChar('，')).toBe(false);
    expect(isHanChar('“')).toBe(false);
    expect(isHanChar(undefined)).toBe(false);
  });

  it('classifies CJK characters: Han, Chinese marks, full-width forms', () => {
    expect(isCjkChar('法')).toBe(true);
    expect(isCjkChar('，')).toBe(true);
    expect(isCjkChar('“')).toBe(true);
    expect(isCjkChar('…')).toBe(true);
    expect(isCjkChar('Ａ')).toBe(true);
    expect(isCjkChar('a')).toBe(false);
    expect(isCjkChar(',')).toBe(false);
    expect(isCjkChar('')).toBe(false);
    expect(isCjkChar(undefined)).toBe(false);
  });

  it('knows ASCII digits and Latin letters only', () => {
    expect(['0', '9', '５', 'a'].map(isDigit)).toEqual([true, true, false, false]);
    expect(['a', 'Z', 'é', '1', undefined].map(isLatinLetter)).toEqual([true, true, false, false, false]);
  });
});
