import { describe, expect, it } from 'vitest';
import { cleanSearchQuery } from '../../../shared/text/searchQuery';

describe('cleanSearchQuery', () => {
  it('drops NUL, ESC, DEL and C1 controls; a tab or newline between words becomes a space', () => {
    expect(cleanSearchQuery('\u0000执法\u0000公示\u0000')).toBe('执法公示');
    expect(cleanSearchQuery('\u001b[2J行政复议\u007f')).toBe('[2J行政复议');
    expect(cleanSearchQuery('行政\t复议\r\n')).toBe('行政 复议');
    expect(cleanSearchQuery('\u0085\u009b执法')).toBe('执法');
    expect(cleanSearchQuery('\u0000\u0001 \t')).toBe('');
    expect(cleanSearchQuery('执法公示')).toBe('执法公示');
  });
});
