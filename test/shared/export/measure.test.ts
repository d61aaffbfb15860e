import { describe, expect, it } from 'vitest';
import { charWidth, layoutWidth, textWidth } from '../../../shared/export/measure';
import { itMaps } from '../../helpers/cases';

describe('text width', () => {
  itMaps('counts Chinese and full-width marks as one 字, ASCII as half', charWidth, [
    ['法', 1],
    ['，', 1],
    ['“', 1],
    ['—', 1],
    ['1', 0.5],
  ]);

  it('adds the widths of a text', () => {
    expect(textWidth('2024年')).toBe(3);
  });

  it('measures set text with Times New Roman advances and the Chinese/Latin gap', () => {
    // 「2024」 is four half-em digits; one gap of a fifth of an em before 「年」.
    expect(layoutWidth('2024年')).toBeCloseTo(2 + 0.2 + 1);
    // No gap next to punctuation; 「W」 is wider than half an em.
    expect(layoutWidth('（1）')).toBe(2.5);
    expect(layoutWidth('W')).toBeCloseTo(1933 / 2048);
  });
});
