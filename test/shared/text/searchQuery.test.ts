import { describe } from 'vitest';
import { cleanSearchQuery } from '../../../shared/text/searchQuery';
import { itMaps } from '../../helpers/cases';

describe('cleanSearchQuery', () => {
  itMaps('drops NUL, ESC, DEL and C1 controls; a tab or newline between words becomes a space', cleanSearchQuery, [
    ['\u0000执法\u0000公示\u0000', '执法公示'],
    ['\u001b[2J行政复议\u007f', '[2J行政复议'],
    ['行政\t复议\r\n', '行政 复议'],
    ['\u0085\u009b执法', '执法'],
    ['\u0000\u0001 \t', ''],
    ['执法公示', '执法公示'],
  ]);
});
