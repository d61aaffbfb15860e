import { describe, expect, it } from 'vitest';
import { charWidth, lineCount, textWidth } from '../../../shared/export/measure';

describe('text width', () => {
  it('counts Chinese and full-width marks as one 字, ASCII as half', () => {
    expect(charWidth('法')).toBe(1);
    expect(charWidth('，')).toBe(1);
    expect(charWidth('“')).toBe(1);
    expect(charWidth('—')).toBe(1);
    expect(charWidth('1')).toBe(0.5);
    expect(textWidth('2024年')).toBe(3);
    expect(lineCount('字'.repeat(26), 28, 2)).toBe(1);
    expect(lineCount('字'.repeat(27), 28, 2)).toBe(2);
    expect(lineCount('', 28, 2)).toBe(1);
  });
});
